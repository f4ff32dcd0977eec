/** An icon from the page's sprite (src/course/icons.ts, iconSprite): decorative, words beside it. */
export function SpriteIcon({ name, className = "icon" }: { name: string; className?: string }) {
  return (
    <svg class={className} aria-hidden="true" focusable="false">
      <use href={`#icon-${name}`} />
    </svg>
  );
}
