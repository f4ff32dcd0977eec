import { createHash } from "node:crypto";
import type { MapLayout } from "../../lib/map-layout";

const rem = (pixels: number) => `${Math.round((pixels / 16) * 1000) / 1000}rem`;

/**
 * The stylesheet that places each module where the layout put it, once the map's container is
 * wide enough for the whole map; narrower, the modules stay a vertical path. Generated because
 * the width that decides this, and the positions, come from the layout. Sizes are in rem so the
 * map grows with the learner's text size. Positions are rules rather than style attributes,
 * which the site's content security policy forbids.
 */
export function graphModeCss(layout: MapLayout): string {
  if (layout.nodes.length === 0) return "";
  const rules = [
    `.map-canvas{position:relative;width:${rem(layout.width)};height:${rem(layout.height)};margin-inline:auto}`,
    `.map-edges{display:block}`,
    `.map-nodes{position:absolute;inset:0;margin:0;padding:0}`,
    `.map-node{position:absolute;margin:0}`,
    `.map-node::before{display:none}`,
    ...layout.nodes.map(
      (box) =>
        `.map-node[data-module="${box.id}"]{left:${rem(box.x)};top:${rem(box.y)};width:${rem(box.width)};height:${rem(box.height)}}`,
    ),
  ];
  return `@container learning-map (min-width: ${rem(layout.width)}){${rules.join("")}}`;
}

/** The CSP source for an inline stylesheet: sha256- and the base64 digest of its text. */
export function styleHash(css: string): `sha256-${string}` {
  return `sha256-${createHash("sha256").update(css).digest("base64")}`;
}
