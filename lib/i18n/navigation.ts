import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

// Locale-aware wrappers around Next's navigation APIs: `href="/r/cusco"` becomes `/es/r/cusco`.
export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
