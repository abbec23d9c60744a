import Link from "next/link";
import type { ComponentProps } from "react";

/**
 * The app's link: next/link (client-side navigation) without prefetching. Next prefetches every link that scrolls into
 * view, and every page here is rendered per request: a browser opening the department list sent 80 prefetch requests
 * to the server, ~500 ms of its CPU against ~15 ms for the page itself (issue 17). A click fetches the one page it opens.
 */
export function AppLink(props: ComponentProps<typeof Link>) {
  return <Link prefetch={false} {...props} />;
}
