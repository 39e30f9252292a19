// The smallest root layout Next accepts: no header, no session, no translations.
export default function RootLayout({ children }) {
  return (
    <html lang="es">
      <body>{children}</body>
    </html>
  );
}
