export function App() {
  return (
    <main>
      <h1>Mognad</h1>
      <p>Självskattning av informationssäkerhetsarbetet enligt MSB:s mognadsmodell.</p>
    </main>
  );
}
