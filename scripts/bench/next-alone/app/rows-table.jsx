// N table rows shaped like a dashboard's (a row header with a link, ten numeric cells): the page
// of both routes of this app (scripts/bench/next-alone.ts).
export function RowsTable({ rows }) {
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
