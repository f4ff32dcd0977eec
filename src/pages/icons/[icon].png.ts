import type { APIRoute, GetStaticPaths } from "astro";
import { getCourse } from "../../course";
import { appIcons, logoSource, renderIcon, type AppIcon } from "../../course/app-icons";
import { pagesKept } from "../../course/page-cache";

/** One PNG per icon the platforms ask for, drawn from the course's logo. */
export const getStaticPaths = (() =>
  pagesKept()
    ? []
    : appIcons.map((icon) => ({
        params: { icon: icon.name },
        props: { icon },
      }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ icon: AppIcon }> = async ({ props }) =>
  new Response(new Uint8Array(await renderIcon(logoSource(getCourse()), props.icon)), {
    headers: { "content-type": "image/png" },
  });
