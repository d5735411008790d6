import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NON_SERIOUS_DUE, SERIOUS_DUE, createReporter } from '../support/safety-report.ts';

// Every message names a symptom and a medicine ("hives after the amoxicillin"), so a safety case opens;
// what changes is whether it is serious, on which criterion, and so whether it is due in 15 or 90 days.
let reporter: Awaited<ReturnType<typeof createReporter>>;
beforeAll(async () => {
  reporter = await createReporter();
});
afterAll(async () => {
  await reporter.close();
});

async function expectSerious(message: string, criteria: string[]) {
  expect(await reporter.report(message)).toMatchObject({ category: 'safety_compliance', serious: true, criteria, due: SERIOUS_DUE });
}

async function expectNotSerious(message: string) {
  expect(await reporter.report(message)).toMatchObject({ category: 'safety_compliance', action: 'open_safety_case', serious: false, criteria: [], due: NON_SERIOUS_DUE });
}

describe('death', () => {
  it.each([
    // "call" is a device word only right before "died" ("the call died"), not anywhere before it.
    ['we got the call that my dad died, the hives from his amoxicillin had spread'],
    ['my dad passed on last night, he had hives from the amoxicillin'],
    ['grandpa has passed, hives from the amoxicillin'],
    ['she is dead, the hives from the amoxicillin spread'],
    ['we found him dead, hives from the amoxicillin'],
    ['mi papa fallecio, tenia ronchas por la amoxicilina'],
    ['mi papá está fallecido, tenía ronchas por la amoxicilina'],
    ['mi mamá está fallecida, tenía ronchas por la amoxicilina'],
    ['se nos fue mi papa, tenia ronchas por la amoxicilina'],
    ['perdimos a mi mama, tenia ronchas por la amoxicilina'],
  ])('when the message says %j, then the case is serious on death and due in 15 days', async (message) => {
    await expectSerious(message, ['death']);
  });

  it.each([
    ['my phone died, hives from the amoxicillin'],
    ['my phone battery died, I have hives from the amoxicillin'],
    ['the app died, hives from the amoxicillin'],
    ['he might have died, hives from the amoxicillin'],
    ["I'm gonna die of these hives from the amoxicillin"],
    ["he didn't die but he had hives from the amoxicillin"],
  ])('when "died" is about a device, a possibility or is denied (%j), then the case is not serious', async (message) => {
    await expectNotSerious(message);
  });

  it.each([
    ['I wish I was dead, these hives from the amoxicillin'],
    ['I wish I were dead, these hives from the amoxicillin'],
  ])('when someone wishes to be dead (%j), then the crisis line comes first and the case is serious on self-harm, not on a death', async (message) => {
    expect(await reporter.report(message)).toEqual({
      category: 'safety_compliance',
      action: 'direct_to_emergency_services',
      serious: true,
      criteria: ['other_medically_important'],
      due: SERIOUS_DUE,
    });
  });

  it.each([
    ['I almost died, hives after the amoxicillin'],
    ['I nearly died, hives after the amoxicillin'],
    ['I could have died, hives after the amoxicillin'],
    ['I thought I was going to die, hives after the amoxicillin'],
  ])('when someone nearly died (%j), then the criterion is life-threatening, not death', async (message) => {
    await expectSerious(message, ['life_threatening']);
  });

  it('when someone "almost died laughing", then the case is not serious', async () => {
    await expectNotSerious('I almost died laughing but I have hives from the amoxicillin');
  });
});

describe('hospitalisation', () => {
  it.each([
    // A job word earlier in the message says nothing about where the patient went.
    ['the nurse said my son was admitted to the hospital with hives after the amoxicillin'],
    ["I'm a nurse, my son was admitted to the hospital with hives after amoxicillin"],
    ['the staff at the clinic told us he was hospitalized with hives after amoxicillin'],
    ['my husband works nights, he was taken to the ER with hives after amoxicillin'],
    ['she was hospitalised with hives after amoxicillin'],
    ['he was hospitalized with hives after the amoxicillin'],
    ['my husband was readmitted with hives after amoxicillin'],
    ['she was in the ICU with hives after amoxicillin'],
    ['my son was taken to hospital for hives after amoxicillin'],
    ['we rushed her to the emergency department with hives after amoxicillin'],
    ['we took him to A&E with hives after amoxicillin'],
    ['they kept her overnight, hives after amoxicillin'],
    ['she stayed two nights overnight, hives after amoxicillin'],
    ['he spent the night in the hospital with hives after amoxicillin'],
  ])('when the message says %j, then the case is serious on hospitalisation and due in 15 days', async (message) => {
    await expectSerious(message, ['hospitalisation']);
  });

  it.each([
    ["I'm a nurse in the ER and I got hives from amoxicillin"],
    ['I work in the ER and I have hives from amoxicillin'],
    ['I volunteer at the hospital and I have hives from amoxicillin'],
    ["I'm a pharmacist in the hospital and I have hives from amoxicillin"],
    ['if she ends up in the hospital with these hives from amoxicillin what do I do'],
  ])('when the hospital is a workplace or a possibility (%j), then the case is not serious', async (message) => {
    await expectNotSerious(message);
  });
});

describe('life-threatening', () => {
  it.each([
    ['I had to use my epi-pen, hives after the amoxicillin'],
    ['I used my epipen, hives after amoxicillin'],
    ['gave him his epi-pen, hives after amoxicillin'],
    ['he turned blue, hives after the amoxicillin'],
    ['I almost died, hives and my throat started closing after the amoxicillin'],
  ])('when the message says %j, then the case is serious on life-threatening and due in 15 days', async (message) => {
    await expectSerious(message, ['life_threatening']);
  });

  it.each([
    ["she isn't breathing well, hives after the amoxicillin"],
    ['she isnt breathing right, hives after amoxicillin'],
    ['he collapsed and is not moving right now after the amoxicillin'],
  ])('when someone is in danger now (%j), then emergency services come first and the case is life-threatening', async (message) => {
    expect(await reporter.report(message)).toEqual({
      category: 'safety_compliance',
      action: 'direct_to_emergency_services',
      serious: true,
      criteria: ['life_threatening'],
      due: SERIOUS_DUE,
    });
  });

  it.each([
    ['he is having a seizure right now after the amoxicillin'],
    ['my wife had hives and passed out on the floor right now after amoxicillin'],
    ['my mom passed out on the kitchen floor right now after her new amoxicillin'],
  ])('when a seizure or a faint is happening right now (%j), then it is life-threatening as well as medically important', async (message) => {
    expect(await reporter.report(message)).toEqual({
      category: 'safety_compliance',
      action: 'direct_to_emergency_services',
      serious: true,
      criteria: ['life_threatening', 'other_medically_important'],
      due: SERIOUS_DUE,
    });
  });
});

describe('disability and medically important events', () => {
  it.each([
    ["my son can't walk since the amoxicillin, he has hives", ['disability']],
    ['I lost my vision in one eye after the amoxicillin, and hives', ['disability']],
    ['he went deaf after the amoxicillin, hives too', ['disability']],
    ['she is in a wheelchair now, hives after the amoxicillin', ['disability']],
    ['I had a seizure and hives after the amoxicillin', ['other_medically_important']],
    ['blood in his stool and hives after the amoxicillin', ['other_medically_important']],
    ['black tarry stools and hives after the amoxicillin', ['other_medically_important']],
    ['her sugar dropped to 35 and hives after the amoxicillin', ['other_medically_important']],
  ])('when the message says %j, then the case is serious on %j and due in 15 days', async (message, criteria) => {
    await expectSerious(message, criteria);
  });

  it.each([
    ['her sugar dropped to 350 and hives after the amoxicillin'],
    ['refill my seizure meds, the amoxicillin gave me hives'],
  ])('when the words name a high reading or a treatment (%j), then the case is not serious', async (message) => {
    await expectNotSerious(message);
  });
});

describe('a report that names only the outcome', () => {
  it.each([
    ['my dad died after taking the new chemo pills', ['death']],
    ['my dad passed away after the new chemo pills', ['death']],
    ['we got the call that my dad died, he was on the new chemo pills', ['death']],
    ['my baby was born with a cleft palate, I took amoxicillin while pregnant', ['congenital_anomaly']],
    ['my baby was born with a hole in her heart, I took amoxicillin while pregnant', ['congenital_anomaly']],
  ])('when the message says %j with no symptom word, then the guard still opens a serious case on %j', async (message, criteria) => {
    await expectSerious(message, criteria);
  });

  it('when a device died and a medicine is named, then it stays a refill ticket', async () => {
    expect(await reporter.report('my phone died while I was ordering my lisinopril refill')).toMatchObject({ category: 'service_action', serious: null });
  });
});

describe('phrase variants found by mutation testing', () => {
  it.each([
    // A "not a death" word right before a match only filters death, a job word only filters admission.
    ['I was nearly intubated, hives after the amoxicillin', ['life_threatening']],
    ['Told the nurse she fainted twice after the amoxicillin, with hives', ['other_medically_important']],
    ['her throat closed after the amoxicillin, hives too', ['life_threatening']],
    ['she is in hospital with hives after amoxicillin', ['hospitalisation']],
    ['she was kept overnight, hives after amoxicillin', ['hospitalisation']],
    ["he can't move his arm since the amoxicillin, hives too", ['disability']],
    ["I can't move my leg since the amoxicillin, hives too", ['disability']],
    ["she can't use her hand since the amoxicillin, hives too", ['disability']],
    ['he lost vision after the amoxicillin, hives too', ['disability']],
    ['the doctor says it is permanent damage, hives after the amoxicillin', ['disability']],
    ['he has a permanent disablement after the amoxicillin, hives too', ['disability']],
    ['I cant work anymore since the amoxicillin, hives', ['disability']],
    ['a birth defect, I took amoxicillin while pregnant and had hives', ['congenital_anomaly']],
    ['mi bebe nacio malformada, tome amoxicilina y tuve ronchas', ['congenital_anomaly']],
    ['nacio con malformacion, tome amoxicilina y tuve ronchas', ['congenital_anomaly']],
    ['my son was born with a spinal defect, I took amoxicillin while pregnant, hives too', ['congenital_anomaly']],
    ['born with deformities, I took amoxicillin while pregnant, hives too', ['congenital_anomaly']],
    ['born with abnormalities, I took amoxicillin while pregnant, hives too', ['congenital_anomaly']],
    ['born with clubfoot, I took amoxicillin while pregnant, hives too', ['congenital_anomaly']],
    ['he convulsed after the amoxicillin, hives too', ['other_medically_important']],
    ['mi mama quedo desmayada tras la amoxicilina, con ronchas', ['other_medically_important']],
    ['the bleeding wont stop after the amoxicillin, hives too', ['other_medically_important']],
    ['the bleeding wouldnt stop after the amoxicillin, hives too', ['other_medically_important']],
    ['the bleeding didnt stop after the amoxicillin, hives too', ['other_medically_important']],
    ['blood in stool and hives after the amoxicillin', ['other_medically_important']],
    ['black stool and hives after the amoxicillin', ['other_medically_important']],
    ['his stool was black and hives after the amoxicillin', ['other_medically_important']],
    ['mi mama tiene amarillo de los ojos y ronchas por la amoxicilina', ['other_medically_important']],
    ['stevens-johnson syndrome after the amoxicillin, hives first', ['other_medically_important']],
    ['skin peeling off after the amoxicillin, hives first', ['other_medically_important']],
    // Optional words and letters of each phrase: with and without them.
    ['my father was found dead this morning, he had hives from the amoxicillin', ['death']],
    ['we had to use epipen last week, hives after the amoxicillin', ['life_threatening']],
    ['last month he used epi-pen, hives after the amoxicillin', ['life_threatening']],
    ['mi papa casi se muere, tenia ronchas por la amoxicilina', ['life_threatening']],
    ['mi papa casi muere el mes pasado, tenia ronchas por la amoxicilina', ['life_threatening']],
    ['se cerro la garganta con la amoxicilina y ronchas', ['life_threatening']],
    ['mi papa esta internado, ronchas por la amoxicilina', ['hospitalisation']],
    ['mi mama estuvo hospitalizada, ronchas por la amoxicilina', ['hospitalisation']],
    ['mi papa fue ingresado, ronchas por la amoxicilina', ['hospitalisation']],
    ['mi mama tiene la pierna paralizada, ronchas por la amoxicilina', ['disability']],
    ['he cant walk since the amoxicillin, hives too', ['disability']],
    ["he can't use his arm since the amoxicillin, hives too", ['disability']],
    ["I can't use my leg since the amoxicillin, hives too", ['disability']],
    ['my wife had convulsiones after the amoxicillin, hives too', ['other_medically_important']],
  ])('when the message says %j, then the case is serious on %j and due in 15 days', async (message, criteria) => {
    await expectSerious(message, criteria);
  });

  it.each([
    ['refill my seizure pill, the amoxicillin gave me hives'],
    ['refill my seizure drug, the amoxicillin gave me hives'],
    ['I volunteer in the ER and got hives from amoxicillin'],
    ['I work nights in the ER and got hives from amoxicillin'],
  ])('when the words name a treatment or a workplace (%j), then the case is not serious', async (message) => {
    await expectNotSerious(message);
  });

  it('when a seriousness word is told, then it joins the adverse event of the case; when it is denied, it does not', async () => {
    const told = await reporter.caseOf('hives after the amoxicillin, she was hospitalized');
    const denied = await reporter.caseOf('hives after the amoxicillin, she was not hospitalized');
    expect(told?.elements.adverse_event).toEqual({ present: true, value: 'hives, hospitalized' });
    expect(denied?.elements.adverse_event).toEqual({ present: true, value: 'hives' });
  });
});
