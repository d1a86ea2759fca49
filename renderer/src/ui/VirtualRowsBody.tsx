import { Fragment, type ReactNode } from 'react'
import type { VirtualRows } from './useVirtualRows'
import './virtualRows.css'

/**
 * The laid-out rows of a long table (see useVirtualRows) with the spacer rows standing for
 * those left out; goes inside the table's tbody. `row` renders one row from its item and index
 * (the row element needs `data-index={index}` and `ref={rows.measureElement}`).
 */
export function VirtualRowsBody<T>({ rows, row }: { rows: VirtualRows<T>; row: (item: T, index: number) => ReactNode }) {
  return (
    <>
      {rows.rows.map(({ index, key, gapBefore }) => {
        const item = rows.items[index]
        return (
          item !== undefined && (
            <Fragment key={key}>
              {gapBefore > 0 && <tr className="virtual-gap" aria-hidden style={{ height: gapBefore }} />}
              {row(item, index)}
            </Fragment>
          )
        )
      })}
      {rows.after > 0 && <tr className="virtual-gap" aria-hidden style={{ height: rows.after }} />}
    </>
  )
}
