// Fictional names for demo people and firms. Every fictional firm carries the word "Demo" in its
// name so nobody mistakes it for a real company; people are flagged `fictional` and get addresses
// under the reserved .example domain.
import type { Rng } from "../util";
import { slugify } from "../util";

const GIVEN_FEMALE = [
  "Ana María", "Rosa", "Carmen", "Luz Marina", "Yolanda", "Nélida", "Gladys", "Patricia", "Milagros",
  "Roxana", "Sonia", "Elizabeth", "Karina", "Vilma", "Maribel", "Lourdes", "Flor de María", "Silvia",
  "Jackeline", "Ruth", "Marleny", "Edith", "Norma", "Ximena", "Fiorella", "Lucía", "Valeria",
];
const GIVEN_MALE = [
  "Juan Carlos", "José Luis", "Luis Alberto", "Edgar", "Wilber", "Raúl", "Percy", "Ronald", "Víctor Hugo",
  "Jorge", "César Augusto", "Alfredo", "Hernán", "Walter", "Fredy", "Julio César", "Miguel Ángel",
  "Rubén", "Efraín", "Teodoro", "Américo", "Wilfredo", "Diego", "Renzo", "Óscar", "Hugo", "Alexis",
];
const FAMILY = [
  "Quispe", "Mamani", "Huamán", "Condori", "Ccori", "Ttito", "Choque", "Apaza", "Flores", "García",
  "Rodríguez", "Gutiérrez", "Vargas", "Paredes", "Zúñiga", "Cáceres", "Villena", "Álvarez", "Pacheco",
  "Chambi", "Ccahuana", "Huillca", "Puma", "Yupanqui", "Ticona", "Ramos", "Salas", "Loayza", "Delgado",
  "Valencia", "Pinto", "Benavides", "Tapia", "Cutipa", "Limache", "Copa", "Arias", "Medina", "Ojeda",
  "Palomino", "Carpio", "Cuba", "Herrera", "Rivera", "Soncco", "Sallo", "Layme", "Mollo", "Velásquez",
];

export class NameFactory {
  private readonly usedPeople = new Set<string>();
  private readonly usedFirms = new Set<string>();

  constructor(
    private readonly rng: Rng,
    private readonly emailDomain: string,
  ) {}

  person(): { givenNames: string; familyNames: string; email: string } {
    for (;;) {
      const female = this.rng.chance(0.45);
      const givenNames = this.rng.pick(female ? GIVEN_FEMALE : GIVEN_MALE);
      const first = this.rng.pick(FAMILY);
      let second = this.rng.pick(FAMILY);
      while (second === first) second = this.rng.pick(FAMILY);
      const familyNames = `${first} ${second}`;
      const full = `${givenNames} ${familyNames}`;
      if (this.usedPeople.has(full)) continue;
      this.usedPeople.add(full);
      const local = [givenNames.split(" ")[0]!, first, second].map((part) => slugify(part).replace(/-/g, "")).join(".");
      const email = `${local}@${this.emailDomain}`;
      return { givenNames, familyNames, email };
    }
  }

  /**
   * A firm name from a sector's noun and the region's fanciful words, always with "Demo".
   * Formal firms get a legal form; informal ones trade under a plain name.
   */
  firm(noun: string, words: readonly string[], legalForm: string | null): string {
    for (let attempt = 0; ; attempt++) {
      const word = this.rng.pick(words);
      const base = `${noun} ${word} Demo`;
      const name = legalForm ? `${base} ${legalForm}` : base;
      const key = base.toLowerCase();
      if (!this.usedFirms.has(key) || attempt > 50) {
        this.usedFirms.add(key);
        return attempt > 50 ? `${name} ${attempt}` : name;
      }
    }
  }
}
