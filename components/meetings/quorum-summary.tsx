import { getTranslations } from "next-intl/server";
import type { MeetingQuorum } from "@/lib/meetings/data";

/**
 * The quorum in words: "Quórum alcanzado: 7 de 12 asientos con voto presentes (se requieren más
 * de 6)". The rule is "strictly more than the fraction", so the sentence names the number to beat.
 */
export async function QuorumSummary({ quorum }: { quorum: MeetingQuorum }) {
  const t = await getTranslations("meetings");
  let text: string;
  if (!quorum.recorded) text = t("quorumNotRecorded");
  else if (quorum.required === null) text = t("quorumNoVoting");
  else {
    const values = { present: quorum.presentVoting, total: quorum.votingSeats, threshold: quorum.required - 1 };
    text = quorum.reached ? t("quorumReached", values) : t("quorumNotReached", values);
  }
  const tone = !quorum.recorded ? "border-slate-400 bg-slate-50 text-slate-900" : quorum.reached ? "border-teal-800 bg-teal-50 text-teal-900" : "border-red-700 bg-red-50 text-red-900";
  return <p className={`rounded-md border px-4 py-3 text-sm font-semibold ${tone}`}>{text}</p>;
}
