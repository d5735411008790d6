import { describe, expect, it } from 'vitest';
import { parseDelimited, parseTable } from '../../../scripts/corpus/csv.ts';
import { buildSource, cleanText, duplicateKey, splitOf, type RawRow, type RealSource } from '../../../scripts/corpus/pipeline.ts';
import { mapDruglib } from '../../../scripts/corpus/sources/druglib.ts';
import { BENEFIT_SENTENCE, FIRST_SIDE_EFFECT_SENTENCE, mapDruglibSentence, OTHER_SPLIT, RATED_BENEFIT_SENTENCE, reviewSentences, sentencesOf } from '../../../scripts/corpus/sources/druglibsent.ts';
import { HWU64_TABLE, mapHwu64, userText } from '../../../scripts/corpus/sources/hwu64.ts';
import { mapKqa } from '../../../scripts/corpus/sources/kqa.ts';
import { mapMedquad, questionsOf } from '../../../scripts/corpus/sources/medquad.ts';
import { mapMultidogo } from '../../../scripts/corpus/sources/multidogo.ts';
import { intentsOf, mapMultiwoz, MULTIWOZ_TABLE } from '../../../scripts/corpus/sources/multiwoz.ts';
import { mapSnips } from '../../../scripts/corpus/sources/snips.ts';
import { mapStar, openingRequest } from '../../../scripts/corpus/sources/star.ts';
import { fraudTurns, mapStarFraud } from '../../../scripts/corpus/sources/starfraud.ts';
import { laterTurns, mapStarSlot } from '../../../scripts/corpus/sources/starslots.ts';
import { mapVaers } from '../../../scripts/corpus/sources/vaers.ts';

const row = (label: string, text: string): RawRow => ({ ref: 'r1', label, text });

describe('HWU64 mapping table', () => {
  it('when a row asks something, then it is informational', () => {
    expect(mapHwu64(row('weather_query', 'will it rain tomorrow'))).toEqual({ category: 'informational' });
    expect(mapHwu64(row('qa_definition', 'what does prophylaxis mean'))).toEqual({ category: 'informational' });
    expect(mapHwu64(row('calendar_query', 'what is on my calendar for friday'))).toEqual({ category: 'informational' });
  });

  it('when a row asks to do something, then it is service_action', () => {
    expect(mapHwu64(row('calendar_set', 'put a dentist appointment on thursday at 3'))).toEqual({ category: 'service_action' });
    expect(mapHwu64(row('takeaway_order', 'order me a pizza from dominos'))).toEqual({ category: 'service_action' });
    expect(mapHwu64(row('transport_ticket', 'book a train ticket to leeds'))).toEqual({ category: 'service_action' });
  });

  it('when a row is chit-chat, a statement of taste or an unknown label, then it is dropped with a reason', () => {
    expect(mapHwu64(row('general_joke', 'tell me a joke'))).toEqual({ drop: expect.stringContaining('chit-chat') });
    expect(mapHwu64(row('music_likeness', 'i like jazz'))).toEqual({ drop: expect.stringContaining('statement') });
    expect(mapHwu64(row('banking_transfer', 'send 10 pounds to bob'))).toEqual({ drop: 'label not in the mapping table' });
  });

  it('when the table is read, then it decides each of the 64 intents', () => {
    expect(Object.keys(HWU64_TABLE)).toHaveLength(64);
  });

  it('when the user wrapped the whole answer in angle brackets, then the brackets are removed', () => {
    expect(userText('<List all of my alarms>')).toBe('List all of my alarms');
    expect(userText('is 3 < 4')).toBe('is 3 < 4');
  });
});

describe('Snips mapping table', () => {
  it('when the intent books, plays, adds or rates, then it is service_action; a search or the weather is informational', () => {
    expect(mapSnips(row('BookRestaurant', 'book a table for two at noon'))).toEqual({ category: 'service_action' });
    expect(mapSnips(row('RateBook', 'give this book 4 stars'))).toEqual({ category: 'service_action' });
    expect(mapSnips(row('GetWeather', 'is it windy in boston'))).toEqual({ category: 'informational' });
    expect(mapSnips(row('SearchScreeningEvent', 'when is dune showing nearby'))).toEqual({ category: 'informational' });
    expect(mapSnips(row('OrderTaxi', 'get me a cab'))).toEqual({ drop: 'label not in the mapping table' });
  });
});

describe('VAERS mapping', () => {
  it('when the row is a VAERS narrative, then it is safety_compliance', () => {
    expect(mapVaers(row('vaers_report', 'Fever of 101F twelve hours after the second dose, resolved next day.'))).toEqual({ category: 'safety_compliance' });
    expect(mapVaers(row('other', 'x'))).toEqual({ drop: 'label not in the mapping table' });
  });
});

describe('Druglib mapping table', () => {
  it('when a side-effect text reports an effect under a side-effect rating, then it is safety_compliance', () => {
    expect(mapDruglib(row('Mild Side Effects', 'dry mouth and a headache the first week'))).toEqual({ category: 'safety_compliance' });
    expect(mapDruglib(row('Extremely Severe Side Effects', 'No energy, weight gain, brain fog'))).toEqual({ category: 'safety_compliance' });
  });

  it('when the rating is "No Side Effects" or the text denies any effect, then the row is dropped', () => {
    expect(mapDruglib(row('No Side Effects', 'slightly sleepy'))).toEqual({ drop: expect.stringContaining('No Side Effects') });
    expect(mapDruglib(row('Mild Side Effects', "None - I've had none of these side effects"))).toEqual({ drop: 'the text reports no side effect' });
    expect(mapDruglib(row('Mild Side Effects', 'N/A'))).toEqual({ drop: 'the text reports no side effect' });
    expect(mapDruglib(row('Some Side Effects', 'rash'))).toEqual({ drop: 'label not in the mapping table' });
  });

  it('when a side-effect text denies any effect without an exception, or only points elsewhere, then the row is dropped whatever the rating', () => {
    expect(mapDruglib(row('Mild Side Effects', 'There were no noticeable side effects.'))).toEqual({ drop: 'the text denies any side effect and reports none' });
    expect(mapDruglib(row('Moderate Side Effects', 'I have had no side effects so far. I hope it stays that way.'))).toEqual({ drop: 'the text denies any side effect and reports none' });
    expect(mapDruglib(row('Extremely Severe Side Effects', 'See below'))).toEqual({ drop: expect.stringContaining('points elsewhere') });
    expect(mapDruglib(row('Moderate Side Effects', 'As above'))).toEqual({ drop: expect.stringContaining('points elsewhere') });
  });

  it('when a denial carries an exception or a later effect, then the text stays a side-effect report', () => {
    expect(mapDruglib(row('Mild Side Effects', 'There were no side effects, except a dry mouth.'))).toEqual({ category: 'safety_compliance' });
    expect(mapDruglib(row('Mild Side Effects', 'Slight headache. Otherwise, no side effects.'))).toEqual({ category: 'safety_compliance' });
    expect(mapDruglib(row('Severe Side Effects', 'For the first days no side effects. After a month bad back pain.'))).toEqual({ category: 'safety_compliance' });
    expect(mapDruglib(row('Mild Side Effects', 'Basically no side effects, sometimes gave me a headache'))).toEqual({ category: 'safety_compliance' });
    expect(mapDruglib(row('Moderate Side Effects', 'Loss of appetite. I have no side effects at present.'))).toEqual({ category: 'safety_compliance' });
  });
});

describe('MedQuAD mapping', () => {
  it('when a question asks generally, even about side effects or an overdose, then it is informational', () => {
    expect(mapMedquad(row('side effects', 'What are the side effects or risks of Oxycodone ?'))).toEqual({ category: 'informational' });
    expect(mapMedquad(row('emergency or overdose', 'What to do in case of emergency or overdose of Warfarin ?'))).toEqual({ category: 'informational' });
    expect(mapMedquad(row('made up type', 'x'))).toEqual({ drop: 'question type not in the mapping table' });
  });

  it('when a MedQuAD document is parsed, then each question comes with its id, type and decoded text', () => {
    const xml = '<QAPairs><QAPair pid="1"><Question qid="1-1" qtype="usage">How should Tums &amp; Rolaids be used ?</Question><Answer></Answer></QAPair></QAPairs>';
    expect(questionsOf(xml)).toEqual([{ qid: '1-1', qtype: 'usage', text: 'How should Tums & Rolaids be used ?' }]);
  });
});

describe('MultiDoGO mapping table', () => {
  it('when a card is lost, then it is service_action; when it was stolen, then safety_compliance', () => {
    expect(mapMultidogo(row('finance/reportlostcard', 'i lost my credit card please block it and send a new one'))).toEqual({ category: 'service_action' });
    expect(mapMultidogo(row('finance/reportlostcard', 'my wallet was stolen and my credit card was in there'))).toEqual({ category: 'safety_compliance' });
  });

  it('when a disputed charge is one the customer did not make, then safety_compliance; a billing error stays service_action', () => {
    expect(mapMultidogo(row('finance/disputecharge', 'there is a charge on my card that i dont recognize'))).toEqual({ category: 'safety_compliance' });
    expect(mapMultidogo(row('finance/disputecharge', 'hi i found a charge that i didnt make on my credit card'))).toEqual({ category: 'safety_compliance' });
    expect(mapMultidogo(row('finance/disputecharge', 'i was charged twice for gas last month please remove one'))).toEqual({ category: 'service_action' });
  });

  it('when a turn books, changes or looks up the customer\'s own record, then service_action; a general question is informational', () => {
    expect(mapMultidogo(row('airline/bookflight', 'i want to book a one way flight'))).toEqual({ category: 'service_action' });
    expect(mapMultidogo(row('finance/checkbalance', 'what is my balance'))).toEqual({ category: 'service_action' });
    expect(mapMultidogo(row('media/getinformationintent', 'what is the monthly charge for the service'))).toEqual({ category: 'informational' });
  });

  it('when a turn is filler, has several intents, reports a broken phone or has an unknown label, then it is dropped', () => {
    expect(mapMultidogo(row('finance/thankyou', 'thanks a lot'))).toEqual({ drop: expect.stringContaining('filler') });
    expect(mapMultidogo(row('finance/replacecard<div>reportlostcard', 'lost it, send a new one'))).toEqual({ drop: 'several intents in one turn' });
    expect(mapMultidogo(row('insurance/reportbrokenphone', 'my phone screen cracked'))).toEqual({ drop: expect.stringContaining('broken-phone') });
    expect(mapMultidogo(row('software/startorder', 'start my order'))).toEqual({ drop: 'label not in the mapping table' });
  });
});

describe('K-QA mapping', () => {
  it('when a patient asks about their own condition or a medicine with no reaction, then it is informational', () => {
    expect(mapKqa(row('patient_question', 'Since I havent had a fever in almost 48 hours, am I still considered contagious?'))).toEqual({ category: 'informational' });
    expect(mapKqa(row('patient_question', 'I take zyrtec for my allergies will hydroxyzine be ok to take with it?'))).toEqual({ category: 'informational' });
    expect(mapKqa(row('patient_question', 'What are the side effects of Lidocaine?'))).toEqual({ category: 'informational' });
    expect(mapKqa(row('patient_question', 'I started taking lisinopril yesterday. Should my blood pressure be normal by now?'))).toEqual({ category: 'informational' });
  });

  it('when a question may report the asker\'s own reaction to a medicine, then it is dropped, not labelled', () => {
    const reaction = { drop: expect.stringContaining('own reaction') };
    expect(mapKqa(row('patient_question', 'Could the medication from bv have caused that?'))).toEqual(reaction);
    expect(mapKqa(row('patient_question', 'Is cellulitis an allergic reaction to the clindamycin?'))).toEqual(reaction);
    expect(mapKqa(row('patient_question', 'I did have really terrible side effects when I started Wellbutrin, should I expect side effects from the increase as well?'))).toEqual(reaction);
    expect(mapKqa(row('other', 'x'))).toEqual({ drop: 'label not in the mapping table' });
  });
});

describe('STAR mapping table', () => {
  it('when a fraud-report opening says someone else took money or used the card, then it is safety_compliance', () => {
    expect(mapStar(row('bank_fraud_report', 'Somebody has transferred $500 from my account.'))).toEqual({ category: 'safety_compliance' });
    expect(mapStar(row('bank_fraud_report', 'I have lost my debit card and before I could cancel it, somebody withdrew $300 at an ATM.'))).toEqual({ category: 'safety_compliance' });
    expect(mapStar(row('bank_fraud_report', 'Hello, I need help with my account'))).toEqual({ drop: expect.stringContaining('own words') });
  });

  it('when an opening books, changes or looks up the customer\'s own booking or balance, then service_action; a search is informational', () => {
    expect(mapStar(row('doctor_schedule', 'Hi, I need to make an appointment with Dr. Johnson today. Can you help me?'))).toEqual({ category: 'service_action' });
    expect(mapStar(row('bank_balance', 'Hello. I want to check my bank balance.'))).toEqual({ category: 'service_action' });
    expect(mapStar(row('restaurant_search', 'Hi.  I need to find an affordable restaurant on the South side of town'))).toEqual({ category: 'informational' });
    expect(mapStar(row('plane_search', 'Book a flight'))).toEqual({ drop: expect.stringContaining('own words') });
  });

  it('when the dialogue has several tasks, a follow-up, a game or a spaceship, or the turn is a greeting, then it is dropped', () => {
    expect(mapStar(row('multitask:restaurant_book+bank_balance', 'I need to check my balance'))).toEqual({ drop: expect.stringContaining('multi-task') });
    expect(mapStar(row('doctor_followup', 'I forgot what my doctor told me'))).toEqual({ drop: expect.stringContaining('doctor_followup') });
    expect(mapStar(row('trivia', 'Lets play trivia'))).toEqual({ drop: expect.stringContaining('game') });
    expect(mapStar(row('doctor_schedule', 'Hello'))).toEqual({ drop: expect.stringContaining('own words') });
    expect(mapStar(row('bank_transfer', 'send money'))).toEqual({ drop: 'label not in the mapping table' });
  });

  it('when the user greets first, then the opening request is the first turn that states the task', () => {
    const dialogue = {
      DialogueID: 7,
      Scenario: { MultiTask: false, WizardCapabilities: [{ Task: 'bank_fraud_report' }] },
      Events: [
        { Agent: 'User', Action: 'utter', Text: 'hello' },
        { Agent: 'Wizard', Action: 'pick_suggestion', Text: 'How can I help?' },
        { Agent: 'User', Action: 'utter', Text: 'someone took $500 from my account' },
      ],
    };
    expect(openingRequest(dialogue)).toEqual({ ref: 'dialogues/7.json#user-turn-2', label: 'bank_fraud_report', text: 'someone took $500 from my account' });
  });
});

describe('Druglib review sentences', () => {
  it('when the first sentence of a side-effect text lists what the patient had, then it is safety_compliance, even without the drug\'s name', () => {
    expect(mapDruglibSentence(row(FIRST_SIDE_EFFECT_SENTENCE, 'Headaches, hot flushes, tiredness and heavier periods.'))).toEqual({ category: 'safety_compliance' });
    expect(mapDruglibSentence(row(FIRST_SIDE_EFFECT_SENTENCE, 'None that I noticed.'))).toEqual({ drop: 'the sentence reports no side effect' });
    expect(mapDruglibSentence(row(FIRST_SIDE_EFFECT_SENTENCE, 'Little to no side effects.'))).toEqual({ drop: 'the sentence denies any side effect and reports none' });
    expect(mapDruglibSentence(row(FIRST_SIDE_EFFECT_SENTENCE, 'There were no real side effects apart from a headache.'))).toEqual({ category: 'safety_compliance' });
  });

  it('when a benefits sentence of a "No Side Effects" review only praises, then it is informational; one naming an effect or a safety word is dropped', () => {
    expect(mapDruglibSentence(row(BENEFIT_SENTENCE, 'The Ponstel doesn\'t take the pain away completely, but takes the edge off.'))).toEqual({ category: 'informational' });
    expect(mapDruglibSentence(row(BENEFIT_SENTENCE, 'Worked within a week with no side effects at all.'))).toEqual({ category: 'informational' });
    expect(mapDruglibSentence(row(BENEFIT_SENTENCE, 'eliminated suicidal thoughts and allowed me to be more positive.'))).toEqual({ drop: expect.stringContaining('safety word') });
    expect(mapDruglibSentence(row(BENEFIT_SENTENCE, 'It cleared my skin but gave me a mild headache.'))).toEqual({ drop: expect.stringContaining('side effect') });
    expect(mapDruglibSentence(row(OTHER_SPLIT, 'It cleared my skin.'))).toEqual({ drop: expect.stringContaining('other split') });
  });

  it('when a review is cut into sentences, then a one-sentence text gives none and every kept sentence is in its whole text\'s split', () => {
    expect(sentencesOf('Dry mouth and a headache; short. Felt tired all day!\nno more ok')).toEqual(['Dry mouth and a headache;', 'Felt tired all day!', 'no more ok']);
    expect(reviewSentences('1', 'Mild Side Effects', 'Dry mouth and a headache.', '')).toEqual([]);
    const sideEffects = 'Dry mouth and a headache. It went away after two weeks. I kept taking it.';
    const rows = reviewSentences('2', 'Mild Side Effects', sideEffects, 'It worked. Great drug overall.');
    expect(rows.map((r) => r.ref)).toEqual(['row:2#sideEffectsReview.1', 'row:2#benefitsReview.1']);
    expect([RATED_BENEFIT_SENTENCE, OTHER_SPLIT]).toContain(rows[1]!.label);
    const same = splitOf(duplicateKey(rows[0]!.text)) === splitOf(duplicateKey(sideEffects));
    expect(rows[0]!.label).toBe(same ? FIRST_SIDE_EFFECT_SENTENCE : OTHER_SPLIT);
    const praise = reviewSentences('3', 'No Side Effects', 'none', 'It worked fast for my migraines. Great drug overall, I recommend it.');
    expect(praise.map((r) => r.ref)).toEqual(['row:3#benefitsReview.1', 'row:3#benefitsReview.2']);
    // druglib reads no benefits text: a benefits text of one sentence is a row of its own.
    expect(reviewSentences('4', 'No Side Effects', 'none', 'Cleared my skin within a month.').map((r) => r.text)).toEqual(['Cleared my skin within a month.']);
    expect(reviewSentences('5', 'Not rated', 'none', 'Cleared my skin within a month.')).toEqual([]);
  });

  it('when a benefits sentence comes from a review rated with side effects, then it is informational unless it names a side effect', () => {
    expect(mapDruglibSentence(row(RATED_BENEFIT_SENTENCE, 'My acne cleared up within a month.'))).toEqual({ category: 'informational' });
    expect(mapDruglibSentence(row(RATED_BENEFIT_SENTENCE, 'It cleared my skin but gave me a mild headache.'))).toEqual({ drop: expect.stringContaining('side effect') });
  });
});

describe('STAR booking turns', () => {
  it('when a later turn of a booking dialogue gives, moves or confirms a day or time, then it is service_action', () => {
    expect(mapStarSlot(row('doctor_schedule', 'It will have to be a late appointment, 7pm or so. I still have to work.'))).toEqual({ category: 'service_action' });
    expect(mapStarSlot(row('meeting_schedule', 'Yes, I can do Saturday at 1:00 pm if that is open.'))).toEqual({ category: 'service_action' });
    expect(mapStarSlot(row('apartment_schedule', 'Why don\'t we try the same day at 5 pm?'))).toEqual({ category: 'service_action' });
  });

  it('when a turn is a bare slot value, names no day or time, or is not of a booking task, then it is dropped', () => {
    expect(mapStarSlot(row('doctor_schedule', '3 pm'))).toEqual({ drop: expect.stringContaining('bare slot value') });
    expect(mapStarSlot(row('doctor_schedule', 'My name is Alexis'))).toEqual({ drop: 'the turn names no day or time' });
    expect(mapStarSlot(row('weather', 'what about Monday at 3 pm?'))).toEqual({ drop: 'label not in the mapping table' });
  });

  it('when a dialogue is read, then only the user turns after the first of a single-task booking dialogue are rows', () => {
    const events = [
      { Agent: 'User', Action: 'utter', Text: 'I need to see Dr. Morgan' },
      { Agent: 'Wizard', Action: 'pick_suggestion', Text: 'What time?' },
      { Agent: 'User', Action: 'utter', Text: 'Thursday at 3 pm works' },
    ];
    const booking = { DialogueID: 9, Scenario: { MultiTask: false, WizardCapabilities: [{ Task: 'doctor_schedule' }] }, Events: events };
    expect(laterTurns(booking)).toEqual([{ ref: 'dialogues/9.json#user-turn-2', label: 'doctor_schedule', text: 'Thursday at 3 pm works' }]);
    expect(laterTurns({ ...booking, Scenario: { MultiTask: true, WizardCapabilities: [{ Task: 'doctor_schedule' }, { Task: 'weather' }] } })).toEqual([]);
  });
});

describe('STAR fraud-report turns', () => {
  it('when a later turn says someone else took money or used the card, then it is safety_compliance', () => {
    expect(mapStarFraud(row('bank_fraud_report', 'somebody found my debit card and took out $300 at an ATM!'))).toEqual({ category: 'safety_compliance' });
    expect(mapStarFraud(row('bank_fraud_report', 'Yeah, $300 was withdrawn at an ATM and it wasn\'t me'))).toEqual({ category: 'safety_compliance' });
    expect(mapStarFraud(row('bank_fraud_report', 'I noticed some unusual charges made online and I did not authorize them.'))).toEqual({ category: 'safety_compliance' });
    expect(mapStarFraud(row('bank_fraud_report', 'There have been multiple, suspicious transfers of $10 out of this account.'))).toEqual({ category: 'safety_compliance' });
  });

  it('when a turn names no misuse, only fears or asks about it, or is of another task, then it is dropped', () => {
    expect(mapStarFraud(row('bank_fraud_report', 'My account number is 351531510'))).toEqual({ drop: expect.stringContaining('does not say') });
    expect(mapStarFraud(row('bank_fraud_report', 'I lost my debit card, can you block it?'))).toEqual({ drop: expect.stringContaining('does not say') });
    expect(mapStarFraud(row('bank_fraud_report', 'Fraud? What fraud?'))).toEqual({ drop: expect.stringContaining('does not say') });
    expect(mapStarFraud(row('bank_fraud_report', 'How do I know if someone stole money from me?'))).toEqual({ drop: expect.stringContaining('hypothetical') });
    expect(mapStarFraud(row('bank_fraud_report', 'I hope no one stole any money.'))).toEqual({ drop: expect.stringContaining('hypothetical') });
    expect(mapStarFraud(row('bank_balance', 'someone took $300 from my account'))).toEqual({ drop: 'label not in the mapping table' });
  });

  it('when a dialogue is read, then only the user turns after the first of a dialogue with the fraud task are rows', () => {
    const events = [
      { Agent: 'User', Action: 'utter', Text: 'hi, I need to report fraud' },
      { Agent: 'Wizard', Action: 'utter', Text: 'What happened?' },
      { Agent: 'User', Action: 'utter', Text: 'someone took $500 from my account' },
    ];
    const fraud = { DialogueID: 7, Events: events, Scenario: { WizardCapabilities: [{ Task: 'bank_fraud_report' }, { Task: 'bank_balance' }] } };
    expect(fraudTurns(fraud)).toEqual([{ ref: 'dialogues/7.json#user-turn-2', label: 'bank_fraud_report', text: 'someone took $500 from my account' }]);
    expect(fraudTurns({ ...fraud, Scenario: { WizardCapabilities: [{ Task: 'bank_balance' }] } })).toEqual([]);
  });
});

describe('MultiWOZ user turns', () => {
  it('when a booking-phase turn asks to book or gives the party, stay, day or time, then it is service_action', () => {
    expect(mapMultiwoz(row('book_hotel', 'There will be 8 guests.'))).toEqual({ category: 'service_action' });
    expect(mapMultiwoz(row('book_restaurant', 'Yes, could you make a reservation for 1 at 20:00 on Saturday?'))).toEqual({ category: 'service_action' });
    expect(mapMultiwoz(row('find_taxi', 'I need a 19:15 taxi to take me to Avalon.'))).toEqual({ category: 'service_action' });
  });

  it('when a search turn asks to book in its own words, then it is service_action; a search or question is informational', () => {
    expect(mapMultiwoz(row('find_hotel', 'Yes. Can you book it for me?'))).toEqual({ category: 'service_action' });
    expect(mapMultiwoz(row('find_restaurant', 'I am looking for a cheap restaurant in the south.'))).toEqual({ category: 'informational' });
    expect(mapMultiwoz(row('find_train', 'What is the price and travel time?'))).toEqual({ category: 'informational' });
  });

  it('when a turn carries no request, several intents, a declined booking, a bare slot or a hospital or police task, then it is dropped', () => {
    expect(mapMultiwoz(row('no_intent', 'I am looking for a hotel.'))).toEqual({ drop: expect.stringContaining('no request') });
    expect(mapMultiwoz(row('book_train', 'Have a nice day.'))).toEqual({ drop: expect.stringContaining('no request') });
    expect(mapMultiwoz(row('find_train', 'No, that is all. Thanks, goodbye.'))).toEqual({ drop: expect.stringContaining('no request') });
    expect(mapMultiwoz(row('book_hotel', 'Yes.'))).toEqual({ drop: expect.stringContaining('bare') });
    expect(mapMultiwoz(row('find_train+book_hotel', 'I need a train on Sunday.'))).toEqual({ drop: expect.stringContaining('several') });
    expect(mapMultiwoz(row('find_train', 'No need to book it. When does it arrive?'))).toEqual({ drop: expect.stringContaining('declines') });
    expect(mapMultiwoz(row('find_train', 'I want to leave on Tuesday.'))).toEqual({ drop: expect.stringContaining('day or time') });
    expect(mapMultiwoz(row('find_train', 'I need to arrive by 14:15.'))).toEqual({ drop: expect.stringContaining('day or time') });
    expect(mapMultiwoz(row('find_train', 'Is there a train on Tuesday after 14:15?'))).toEqual({ category: 'informational' });
    expect(mapMultiwoz(row('find_hotel', 'The north part of town.'))).toEqual({ drop: expect.stringContaining('slot value') });
    expect(mapMultiwoz(row('book_hotel', 'Does that guesthouse come with free wifi?'))).toEqual({ drop: expect.stringContaining('booking detail') });
    expect(mapMultiwoz(row('find_hospital', 'I got hurt and need a hospital nearby.'))).toEqual({ drop: expect.stringContaining('hospital') });
    expect(mapMultiwoz(row('find_shop', 'where can I buy shoes?'))).toEqual({ drop: 'label not in the mapping table' });
    expect(Object.keys(MULTIWOZ_TABLE)).toHaveLength(12);
  });

  it('when the intents cell is read, then its intents are joined in order and an empty list gives none', () => {
    expect(intentsOf("['find_restaurant', 'find_hotel']")).toBe('find_restaurant+find_hotel');
    expect(intentsOf("['book_hotel']")).toBe('book_hotel');
    expect(intentsOf('[]')).toBe('');
  });
});

describe('delimited files', () => {
  it('when a quoted field holds the delimiter, a newline and doubled quotes, then it stays one field', () => {
    expect(parseDelimited('a;b\n"x;1";"say ""hi""\nthere"\n', ';')).toEqual([['a', 'b'], ['x;1', 'say "hi"\nthere']]);
    expect(parseTable('\tname\n7\t"aspirin"\r\n', '\t')).toEqual([{ '': '7', name: 'aspirin' }]);
  });
});

describe('duplicate key and split', () => {
  it('when two texts differ only in case, spacing, punctuation, accents or digits, then they share a key and a split', () => {
    expect(duplicateKey('Set an alarm for 7 AM!')).toBe(duplicateKey('set  an alarm, for 8 am'));
    expect(duplicateKey('Café  visit?')).toBe('cafe visit');
    expect(splitOf(duplicateKey('Set an alarm for 7 AM!'))).toBe(splitOf(duplicateKey('set an alarm for 9 am')));
    expect(cleanText('  two\n lines\t here ')).toBe('two lines here');
  });
});

describe('buildSource', () => {
  const source: RealSource = {
    name: 'demo', repo: 'o/demo', commit: 'c', paths: [], licence: 'CC0', channel: 'chat',
    caps: { informational: 2 },
    read: () => [],
    map: (r) => (r.label === 'q' ? { category: 'informational' } : r.label === 'a' ? { category: 'service_action' } : { drop: 'unmapped' }),
  };
  const rows: RawRow[] = [
    { ref: '1', label: 'q', text: 'what time do you open' },
    { ref: '2', label: 'q', text: 'What time do you open?' },
    { ref: '3', label: 'q', text: 'where is the nearest store' },
    { ref: '4', label: 'q', text: 'do you sell vitamins' },
    { ref: '5', label: 'a', text: 'refill my inhaler please' },
    { ref: '6', label: 'x', text: 'lol' },
    { ref: '7', label: 'a', text: 'Hours on Sunday?' },
  ];

  it('when rows repeat, exceed a cap, fail the table or repeat a synthetic text, then they are dropped and counted', () => {
    const seen = new Map([[duplicateKey('hours on sunday'), 'the synthetic corpus']]);
    const result = buildSource(source, rows, seen);
    expect(result.kept).toEqual({ informational: 2, service_action: 1 });
    expect(result.dropped).toEqual({ 'duplicate within the source': 1, 'over the informational cap of 2': 1, unmapped: 1, 'duplicate of the synthetic corpus': 1 });
    const all = [...result.train, ...result.test];
    expect(all.every((r) => r.source === 'demo' && /^demo-[0-9a-f]{12}$/.test(r.id))).toBe(true);
    for (const r of all) expect(seen.get(duplicateKey(r.text))).toBe('source demo');
  });

  it('when built twice from the same rows, then the output is identical; distinct rows give the same output in any order', () => {
    const once = buildSource(source, rows, new Map());
    expect(JSON.stringify(buildSource(source, rows, new Map()))).toBe(JSON.stringify(once));
    const distinct = rows.filter((r) => r.ref !== '2');
    expect(JSON.stringify(buildSource(source, [...distinct].reverse(), new Map()).train)).toBe(JSON.stringify(buildSource(source, distinct, new Map()).train));
  });
});
