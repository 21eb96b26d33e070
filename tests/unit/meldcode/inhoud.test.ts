import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { laadTeksten } from './laad-teksten.ts';
import { leegDossier } from '../../../src/tools/meldcode/domain/model.ts';
import { VELD_SCHERM, bepaalUitkomst, aandachtspunten, type Veld } from '../../../src/tools/meldcode/domain/regels.ts';
import { afwegingTekst, schermId, sectorRegels } from '../../../src/tools/meldcode/domain/teksten.ts';
import { PUNTEN } from '../../../src/tools/meldcode/domain/training.ts';
import { modelDossier } from './model-dossier.ts';

const t = laadTeksten();

describe('inhoudsbestanden', () => {
  it('kloppen met het schema (geladen zoals de build dat doet)', () => {
    expect(t.stappen.map((s) => s.id)).toEqual(['start', 'kindcheck', '1', '2', '3', '4', '5', 'overzicht']);
    expect(t.sectoren.length).toBeGreaterThanOrEqual(7);
  });
  it('hebben de vereiste sectoren, elk met eigen regels waar die verschillen', () => {
    const ids = t.sectoren.map((s) => s.id);
    expect(ids).toEqual(
      expect.arrayContaining(['algemeen', 'onderwijs', 'kinderopvang', 'artsen', 'gezondheidszorg', 'jeugdhulp', 'maatschappelijke-ondersteuning', 'justitie']),
    );
    expect(sectorRegels(t, 'artsen')?.vtAltijdRaadplegen).toBe(true);
    expect(sectorRegels(t, 'gezondheidszorg')?.vtAltijdRaadplegen).toBe(false);
    expect(sectorRegels(t, 'kinderopvang')?.medewerkerRoute).toBe(true);
    expect(t.sectoren.find((s) => s.id === 'kinderopvang')?.medewerkerRoute?.stappen.join(' ')).toContain('vertrouwensinspecteur');
    expect(sectorRegels(t, 'algemeen')).toEqual({ id: 'algemeen', vtAltijdRaadplegen: false, medewerkerRoute: false });
  });
  it('het basismodel heeft alle vijf afwegingen; sectoren houden hun eigen formulering', () => {
    for (const a of ['a1', 'a2', 'a3', 'a4', 'a5'] as const) {
      expect(afwegingTekst(t, 'algemeen', a).vraag.length).toBeGreaterThan(10);
      for (const s of t.sectoren) expect(afwegingTekst(t, s.id, a).vraag).toBeTruthy();
    }
    expect(afwegingTekst(t, 'onderwijs', 'a5').vraag).not.toBe(afwegingTekst(t, 'algemeen', 'a5').vraag);
    expect(afwegingTekst(t, 'onderwijs', 'a5').eigenFormulering).toBe(true);
    expect(afwegingTekst(t, 'maatschappelijke-ondersteuning', 'a5').eigenFormulering).toBe(false);
  });
  it('elk veld heeft een label op zijn scherm', () => {
    for (const [veld, scherm] of Object.entries(VELD_SCHERM) as [Veld, string | number][]) {
      const stap = t.stappen.find((s) => s.id === schermId(scherm as never))!;
      expect(stap.velden[veld], `${veld} op scherm ${scherm}`).toBeDefined();
    }
  });
  it('elke veldsleutel en tekstcode die de weergaven gebruiken, bestaat in de inhoud', () => {
    const dir = new URL('../../../src/tools/meldcode/view/', import.meta.url);
    const bron = readdirSync(dir)
      .filter((f) => f.endsWith('.tsx') || f.endsWith('.ts'))
      .map((f) => readFileSync(new URL(f, dir), 'utf8'))
      .join('\n');
    const codes = [...bron.matchAll(/\b(?:tekst|titel)\(t, '([a-z0-9-]+)'/g)].map((m) => m[1]!);
    expect(codes.length).toBeGreaterThan(20);
    for (const c of new Set(codes)) expect(t.codes[c], c).toBeDefined();
    const velden = [...bron.matchAll(/\bveld(?:Label|Hulp)\(t, ([^,]+), '([a-zA-Z0-9]+)'/g)];
    for (const m of velden) {
      const scherm = m[1]!.trim().replace(/'/g, '');
      if (!/^(start|overzicht|\d)$/.test(scherm)) continue;
      expect(t.stappen.find((s) => s.id === scherm)!.velden[m[2]!], `${m[2]} op ${scherm}`).toBeDefined();
    }
  });
  it('elke code die de regels kunnen opleveren, heeft een tekst', () => {
    const codes = new Set<string>();
    const sectoren = t.sectoren.map((s) => sectorRegels(t, s.id)!);
    const jn = [null, 'ja', 'nee'] as const;
    for (const sector of sectoren)
      for (const acuut of ['ja', 'nee'] as const)
        for (const a1 of jn)
          for (const a2 of [null, 'ja', 'nee', 'twijfel'] as const)
            for (const a3 of jn)
              for (const a4 of jn)
                for (const a5 of [null, 'ja', 'nee', 'loopt'] as const)
                  for (const soort of [[], ['acuut'], ['structureel', 'disclosure']] as const) {
                    const d = leegDossier();
                    Object.assign(d, { sector: sector.id, betrokkene: 'volwassene', acuutGevaar: acuut, medewerkerVermoeden: a1 === null ? 'ja' : 'nee' });
                    d.afwegingen = { ...d.afwegingen, a1, a2, a3, a4, a5, a2Soort: [...soort] };
                    d.kindcheck.uitkomst = a3 === 'ja' ? 'positief' : 'onduidelijk';
                    d.bijzondereVormen = ['vgv'];
                    d.signalen = [{ id: 's1', categorie: 'gedrag', omschrijving: 'x', bronSoort: 'van-derden', bron: '', richting: 'bevestigt' }];
                    d.consultaties = a4 === 'ja' ? [{ id: 'c', met: 'veilig-thuis', wanneer: '', anoniem: true, advies: '' }] : [];
                    d.geenVtReden = 'r';
                    d.gesprek.gevoerd = 'nee';
                    d.informeren.status = 'uitzondering';
                    const u = bepaalUitkomst(d, sector);
                    codes.add(`soort-${u.soort}`);
                    codes.add(u.tekst);
                    u.redenen.forEach((c) => codes.add(c));
                    u.acties.forEach((c) => codes.add(c));
                    u.meldnormen.forEach((n) => codes.add(`meldnorm-${n}`));
                    aandachtspunten(d, sector).forEach((c) => codes.add(c));
                  }
    expect(codes.size).toBeGreaterThan(40);
    for (const c of codes) expect(t.codes[c], c).toBeDefined();
    for (const p of PUNTEN) expect(t.codes[`punt-${p}`], p).toBeDefined();
    for (const w of ['uitkomst', 'onvolledig', 'melden', 'hulp', 'niet-meer-van-toepassing', 'weer-van-toepassing', 'nieuwe-vragen']) {
      expect(t.codes[`wijziging-${w}`]).toBeDefined();
    }
  });
  it('de lijst-ids waarop de regels steunen, bestaan', () => {
    const ids = (l: keyof typeof t.lijsten) => t.lijsten[l].map((i) => i.id);
    expect(ids('onveiligheid')).toEqual(['acuut', 'structureel', 'disclosure']);
    expect(ids('kindcheck-uitkomsten')).toEqual(['positief', 'geen-zorg', 'onduidelijk']);
    expect(ids('betrokkenen')).toEqual(['kind', 'volwassene', 'oudere']);
    expect(ids('consultpartners')).toEqual(expect.arrayContaining(['veilig-thuis', 'deskundige']));
    expect(ids('bronsoorten')).toContain('van-derden');
    expect(ids('bijzondere-vormen')).toEqual(['eergerelateerd', 'huwelijksdwang', 'vgv']);
    expect(ids('uitzonderingen')).toEqual(['veiligheid-client', 'veiligheid-professional', 'veiligheid-anderen', 'contact-verbreken']);
  });
  it('de teksten noemen het hulpmiddel geen vervanging van de meldcode', () => {
    expect(t.codes['ui-ondersteunt']!.tekst).toMatch(/vervangt die niet/);
  });
});

describe('oefencasussen', () => {
  it('er zijn minstens 10 casussen, verspreid over de vereiste werkvelden', () => {
    expect(t.casussen.length).toBeGreaterThanOrEqual(10);
    const sectoren = new Set(t.casussen.map((c) => c.sector));
    for (const s of ['onderwijs', 'kinderopvang', 'artsen', 'gezondheidszorg', 'jeugdhulp', 'maatschappelijke-ondersteuning']) expect(sectoren).toContain(s);
    expect(t.casussen.some((c) => c.route === 'kindcheck' && c.model.kindcheck === 'geen-zorg')).toBe(true);
    expect(t.casussen.some((c) => c.model.a5 === 'nee')).toBe(true);
    expect(t.casussen.some((c) => c.model.a5 === 'ja')).toBe(true);
    expect(t.casussen.some((c) => c.model.informeren === 'uitzondering' && c.model.bijzondereVorm)).toBe(true);
    expect(t.casussen.some((c) => c.model.kindcheck === 'positief' && c.setting.includes('GGZ'))).toBe(true);
    expect(t.casussen.some((c) => c.betrokkene === 'oudere')).toBe(true);
    expect(t.casussen.some((c) => c.model.bijzondereVorm)).toBe(true);
  });
  it('elke casus noemt een bestaande sector en behandelt de kindcheck als de cliënt volwassen is', () => {
    for (const c of t.casussen) {
      expect(sectorRegels(t, c.sector), c.id).not.toBeNull();
      if (c.betrokkene !== 'kind') expect(c.model.kindcheck, c.id).toBeDefined();
    }
  });
  it('elk modelpad klopt met het afwegingskader', () => {
    for (const c of t.casussen) {
      const u = bepaalUitkomst(modelDossier(c.id), sectorRegels(t, c.sector));
      expect(u.soort, c.id).not.toBe('onvolledig');
      if (!u.beslissingen) continue;
      expect(u.melden, c.id).toBe(c.model.melden);
      expect(u.hulp === 'open' ? 'nee' : u.hulp, c.id).toBe(c.model.hulp);
    }
  });
  it('de casussen dekken melden, hulp, beide en afsluiten zonder zorg', () => {
    const soorten = new Set(t.casussen.map((c) => bepaalUitkomst(modelDossier(c.id), sectorRegels(t, c.sector)).soort));
    expect([...soorten].sort()).toEqual(['afsluiten', 'hulp', 'kindcheck-negatief', 'melden', 'melden-en-hulp']);
  });
});
