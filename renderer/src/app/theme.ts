import { createTheme, Modal } from '@mantine/core'

/**
 * The app's Mantine theme. The colours and radius live in app.css (the CSP forbids the style
 * tags Mantine would inject); scroll locking is off because react-remove-scroll injects one.
 */
export const theme = createTheme({
  primaryColor: 'teal',
  defaultRadius: 'md',
  components: {
    Modal: Modal.extend({ defaultProps: { lockScroll: false } }),
  },
})
