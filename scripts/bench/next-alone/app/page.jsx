// What Next alone costs for a page of a given size (scripts/bench/next-alone.ts). `?rows=N` renders
// N table rows shaped like a dashboard's (a row header with a link, ten numeric cells), on every
// request as the dashboards are rendered, with no data, session, translations or streaming. The
// benchmark picks N so that the page's HTML is as large as the dashboard it stands beside: the
// time it takes is what rendering that much costs before Minka does anything.
export default async function FrameworkPage({ searchParams }) {
  const { rows } = await searchParams;
  const count = Math.min(Math.max(Number.parseInt(String(rows ?? "0"), 10) || 0, 0), 20_000);
  return (
    <main>
      <h1>Next alone</h1>
      <table className="data-table w-full border-collapse text-left text-sm">
        <tbody>
          {Array.from({ length: count }, (_, row) => (
            <tr key={row}>
              <th scope="row">
                <a href={`/es/r/region-${row}/dashboard`} className="font-medium text-teal-800 underline">
                  Región {row}
                </a>
              </th>
              {Array.from({ length: 10 }, (_, cell) => (
                <td key={cell} className="num">
                  {(row * 31 + cell * 7) % 100}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
