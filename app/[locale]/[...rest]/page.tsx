import { notFound } from "next/navigation";

// Any unknown path under a locale renders the localized not-found page inside the layout.
export default function CatchAllPage(): never {
  notFound();
}
