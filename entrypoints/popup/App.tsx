/** The toolbar popup. */
export function App() {
  return <main>Magpie</main>;
}
