import { useEffect } from "preact/hooks";
import { SearchPanel } from "./SearchPanel";

/** The search page's panel; once it is running, the "needs JavaScript" notice has done its job. */
export default function SearchPage({ noticeId }: { noticeId: string }) {
  useEffect(() => {
    document.getElementById(noticeId)?.setAttribute("hidden", "");
  }, [noticeId]);
  return <SearchPanel idPrefix="search-page" />;
}
