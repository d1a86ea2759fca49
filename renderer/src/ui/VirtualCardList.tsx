import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef, type ReactNode } from 'react'
import type { Idea } from '../../../shared/model/brainstorm'
import './cardList.css'

interface CardListProps {
  ideas: Idea[]
  estimate: number
  renderCard: (idea: Idea, index: number) => ReactNode
  className?: string
  /**
   * Up to this many cards the list lays all of them out (none by default): cheap for cards that
   * re-render only when they change, and measurable at once, so the trainer's board can fit its
   * type to the window.
   */
  plainUpTo?: number
}

/**
 * A scrolling list of cards. Past `plainUpTo` cards it renders only what is in view, so a board
 * with 2,000 cards costs the same to update as one with 40. Rows are measured, so long cards
 * take their room.
 */
export function VirtualCardList(props: CardListProps) {
  return props.ideas.length > (props.plainUpTo ?? 0) ? <VirtualRows {...props} /> : <PlainRows {...props} />
}

function PlainRows({ ideas, renderCard, className }: CardListProps) {
  return (
    <div className={`bs-scroll ${className ?? ''}`}>
      {ideas.map((idea, index) => (
        <div key={idea.id} data-index={index} className="bs-scroll-row bs-scroll-row-plain">
          {renderCard(idea, index)}
        </div>
      ))}
    </div>
  )
}

function VirtualRows({ ideas, estimate, renderCard, className }: CardListProps) {
  const scrollRef = useRef<HTMLDivElement>(null)
  // The virtualizer returns fresh functions each render, which React Compiler cannot memoise; that is expected.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: ideas.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimate,
    overscan: 3,
    getItemKey: (index) => ideas[index]?.id ?? index,
  })
  return (
    <div ref={scrollRef} className={`bs-scroll ${className ?? ''}`}>
      <div className="bs-scroll-inner" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const idea = ideas[item.index]
          if (!idea) return null
          return (
            <div
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className="bs-scroll-row"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              {renderCard(idea, item.index)}
            </div>
          )
        })}
      </div>
    </div>
  )
}
