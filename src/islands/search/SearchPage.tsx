import { useEffect } from "preact/hooks";
import { SearchPanel } from "./SearchPanel";
import { useStrings, type IslandStrings } from "../../i18n/browser/client";

/** The search page's panel; once it is running, the "needs JavaScript" notice has done its job. */
export default function SearchPage(props: { noticeId: string; strings: IslandStrings }) {
  useStrings(props.strings);
  const { noticeId } = props;
  useEffect(() => {
    document.getElementById(noticeId)?.setAttribute("hidden", "");
  }, [noticeId]);
  return <SearchPanel idPrefix="search-page" />;
}
