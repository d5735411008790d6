// The fourth holdout for people's names (issue #14): hand-written messages held as literal records,
// written before any result on them and measured once. Run: node_modules/.bin/node scripts/pii/names-holdout-v4.ts
// It writes data/pii/holdout-v4/{chat,voice,mail,api}.jsonl, byte for byte the same on every run.
import { mkdirSync, writeFileSync } from 'node:fs';

// A value, or [value, the text right before it] when the value also occurs earlier in another role.
type Item = string | [string, string];
type Kinds = Record<string, Item[]>;
type Msg = { text: string; names: Item[]; traps: Kinds; spans: Kinds };
type Span = { kind: string; start: number; end: number; text: string };

const m = (text: string, names: Item[], traps: Kinds = {}, spans: Kinds = {}): Msg => ({ text, names, traps, spans });

const voiceEn: Msg[] = [
  m("hi uh yeah this is folasade bakare thompson calling about my lisinopril refill i ran out on tuesday", ['folasade bakare thompson'], { drug: ['lisinopril'] }),
  m("um hello i'm calling for my mother her name is radhika venkataraman she's been dizzy since the fourth of november after they upped her metoprolol to fifty milligrams", ['radhika venkataraman'], { symptom: ['dizzy'], onset_date: ['the fourth of november'], drug: ['metoprolol'], dose: ['fifty milligrams'] }),
  m("yes it's briar fenwick b r i a r and the last name f e n w i c k", ['briar fenwick', 'b r i a r', 'f e n w i c k']),
  m("okay so my name is uh diep ngoc vo that's diep d i e p", ['diep ngoc vo', 'diep', 'd i e p']),
  m("hi there um i'm calling on behalf of my husband cathal o'rourke he had a reaction to the amoxicillin the rash started yesterday", ["cathal o'rourke"], { drug: ['amoxicillin'], symptom: ['rash'], onset_date: ['yesterday'] }),
  m("yeah hi i just need to know if the walgreens near me has my eliquis ready i take five milligrams twice a day", [], { pharmacy: ['walgreens'], drug: ['eliquis'], dose: ['five milligrams twice a day'] }),
  m("this is harmony ashdown uh calling back about the prior auth for my ozempic dr halvorsen sent it over last week", ['harmony ashdown'], { drug: ['ozempic'], clinician: ['halvorsen'] }),
  m("hi um my daughter chidinma has been throwing up since she started the augmentin on saturday she's seven", ['chidinma'], { symptom: ['throwing up'], drug: ['augmentin'], onset_date: ['on saturday'] }),
  m("yes hello i am calling for mister and missus wojcieszak both of them get their atorvastatin through the humana plan", ['wojcieszak'], { drug: ['atorvastatin'], plan: ['humana'] }),
  m("uh hi it's filomena de la fuente arteaga i need to update my phone number the old one doesn't work anymore", ['filomena de la fuente arteaga']),
  m("hi this is fletcher ashgrove i'm the caregiver for my uncle thaddeus mcgillicuddy he's on the tramadol fifty milligram", ['fletcher ashgrove', 'thaddeus mcgillicuddy'], { drug: ['tramadol'], dose: ['fifty milligram'] }),
  m("um yeah i've been having really bad headaches since october twelfth and i think it's the lyrica seventy five milligrams can someone call me back", [], { symptom: ['headaches'], onset_date: ['october twelfth'], drug: ['lyrica'], dose: ['seventy five milligrams'] }),
  m("good morning my name is priyanka raghunathan iyer r a g h u n a t h a n and then i y e r", ['priyanka raghunathan iyer', 'r a g h u n a t h a n', 'i y e r']),
  m("yeah uh so my wife's name is ingeborg van der molen she's the one on the plan not me", ['ingeborg van der molen']),
  m("hi im calling um about my dad's order his name's kwadwo asante boakye and it was supposed to come friday", ['kwadwo asante boakye']),
  m("this is father brendan mulcahy from saint anne's i'm calling for a parishioner mrs dabrowska who can't use the phone herself", ['brendan mulcahy', 'dabrowska']),
  m("ok yeah the patient is my son efosa efosa igbinedion he's nine and he's on the singulair four milligrams", ['efosa', 'efosa igbinedion'], { drug: ['singulair'], dose: ['four milligrams'] }),
  m("um hi i spoke to someone named tavita yesterday and she said my refill would be sent to cvs", ['tavita'], { pharmacy: ['cvs'] }),
  m("hello it's blaze um blaze sundqvist and i have a question about my zoloft", ['blaze', 'blaze sundqvist'], { drug: ['zoloft'] }),
  m("my mom started the new blood pressure pill on the first and now her ankles are swollen it's the amlodipine ten milligrams", [], { onset_date: ['on the first'], symptom: ['swollen'], drug: ['amlodipine'], dose: ['ten milligrams'] }),
  m("yes uh last name is kinsella hayashi first name is aoife", ['kinsella hayashi', 'aoife']),
  m("hi dr delacroix's office told me to call you my name's bohdan petrenko and the xarelto is too expensive", ['bohdan petrenko'], { clinician: ['delacroix'], drug: ['xarelto'] }),
  m("uh this is for um my grandmother yetunde adeyinka ogunleye she lives with me and she gets the metformin five hundred", ['yetunde adeyinka ogunleye'], { drug: ['metformin'], dose: ['five hundred'] }),
  m("yeah hi it's poppy poppy castellucci i called last week about the mail order", ['poppy', 'poppy castellucci']),
  m("hi i was told the aetna plan covers the generic but the pharmacy charged me full price for the crestor twenty milligrams", [], { plan: ['aetna'], drug: ['crestor'], dose: ['twenty milligrams'] }),
  m("hello uh am i speaking to the pharmacy yes okay this is harjit singh dhillon", ['harjit singh dhillon']),
  m("my name is ravindu and my wife is meenakshi we both need our refills moved to the new place", ['ravindu', 'meenakshi']),
  m("hi um calling for my neighbor mister tremblay he fell on monday and hasn't been able to get his eliquis", ['tremblay'], { onset_date: ['on monday'], drug: ['eliquis'] }),
  m("it's tomas tomas arredondo valdivieso and uh i want to cancel the order please", ['tomas', 'tomas arredondo valdivieso']),
  m("yes hi this is faye and i'm calling with my brother lysander because he can't hear well", ['faye', 'lysander']),
  m("um the name on the account is deepika anand subramaniam s u b r a m a n i a m", ['deepika anand subramaniam', 's u b r a m a n i a m']),
  m("hi i'm just calling about the side effects i've been itchy all over since i started the bactrim on the ninth", [], { symptom: ['itchy'], drug: ['bactrim'], onset_date: ['on the ninth'] }),
  m("okay my name is dr nnamdi eze and this is about my own prescription not a patient's", ['nnamdi eze']),
  m("hi this is sage galbraith um calling because my husband's humira shipment never arrived", ['sage galbraith'], { drug: ['humira'] }),
  m("yeah so i'm calling for my sister in law her name is anastasiya voronova she only speaks russian", ['anastasiya voronova']),
  m("this is uh jae won yoon's daughter calling about his cholesterol medication", ['jae won yoon']),
  m("hi um it's me again leilani kahananui i called this morning about the wegovy", ['leilani kahananui'], { drug: ['wegovy'] }),
  m("uh this call is about my father in law mister o'shaughnessy evander o'shaughnessy he's been confused since the new dose of gabapentin", ["o'shaughnessy", "evander o'shaughnessy"], { symptom: ['confused'], drug: ['gabapentin'] }),
  m("hi my name is farida al rashidi and my son bilal needs his inhaler the albuterol", ['farida al rashidi', 'bilal'], { drug: ['albuterol'] }),
  m("can you tell me if blue cross covers the shingrix shot i'm sixty seven", [], { plan: ['blue cross'], drug: ['shingrix'] }),
  m("um yes you can talk to my caregiver her name is blessing nwachukwu she has my permission", ['blessing nwachukwu']),
  m("hello this is torbjorn haugland calling for my wife birgit", ['torbjorn haugland', 'birgit']),
  m("yeah it's um justice uh justice rae halloran", ['justice', 'justice rae halloran']),
  m("hi i'm calling from the nursing home about a resident mrs tsosie she ran out of warfarin two days ago", ['tsosie'], { drug: ['warfarin'], onset_date: ['two days ago'] }),
  m("hi the prescription should be under my maiden name which is vukovic", ['vukovic']),
  m("uh so dr brennan whitaker said i could switch from the januvia to the jardiance is that covered under my cigna plan", [], { clinician: ['brennan whitaker'], drug: ['januvia', 'jardiance'], plan: ['cigna'] }),
  m("it's hamid hamid rezaei h a m i d", ['hamid', 'hamid rezaei', 'h a m i d']),
  m("this is mireille and i'm calling with uh my partner lark about our order", ['mireille', 'lark']),
  m("hi yes i'm calling for a mister huynh van loc he's my grandfather", ['huynh van loc']),
  m("um my name is raven and i'm the one who called about the allegra the kids one", ['raven'], { drug: ['allegra'] }),
  m("yes this is corporal dashiell whitcombe's wife calling about his tricare prescription", ['dashiell whitcombe'], { plan: ['tricare'] }),
  m("hi my husband's been coughing since we got the lisinopril refilled on november second is that normal", [], { symptom: ['coughing'], drug: ['lisinopril'], onset_date: ['on november second'] }),
  m("uh hi it's um genevieve broussard and my date of birth is june ninth nineteen fifty four", ['genevieve broussard'], {}, { dob: ['june ninth nineteen fifty four'] }),
  m("hi i'm calling about a package for sione fifita it got left at the wrong door", ['sione fifita']),
  m("hello this is halyna from the home care agency calling for my client mister feeney", ['halyna', 'feeney']),
  m("i took two of the tylenol at nine pm and then the oxycodone and now i feel really sleepy should i be worried", [], { drug: ['tylenol', 'oxycodone'], symptom: ['sleepy'] }),
  m("yeah uh i need to switch my pharmacy from rite aid to the costco one my plan is kaiser", [], { pharmacy: ['rite aid', 'costco'], plan: ['kaiser'] }),
  m("so um the order is for bartholomew and uh his wife is clementine same last name quaye", ['bartholomew', 'clementine', 'quaye']),
  m("yeah so back in may the doctor said i may need a higher dose of the januvia and i hope the bill won't double", [], { word: ['may', 'may', 'hope', 'bill'], drug: ['januvia'] }),
  m("hi it's uh rahel tesfaye calling back i was on hold for like forty minutes", ['rahel tesfaye']),
];

const voiceEs: Msg[] = [
  m("hola buenas eh habla xiomara yareli arámbula zamarripa llamo por la receta de mi mamá", ['xiomara yareli arámbula zamarripa']),
  m("sí mire le llamo de parte de mi esposo se llama isidro cienfuegos y se le acabó la metformina desde el lunes", ['isidro cienfuegos'], { drug: ['metformina'], onset_date: ['desde el lunes'] }),
  m("este mi nombre es yolotl tzompantzi y eh quería saber si ya está mi pedido", ['yolotl tzompantzi']),
  m("buenas tardes soy la hija de la señora pascuala villagómez ella toma losartán cincuenta miligramos", ['pascuala villagómez'], { drug: ['losartán'], dose: ['cincuenta miligramos'] }),
  m("hola eh desde el tres de noviembre tengo mareos con la pastilla nueva la de la presión me la recetó la doctora benavides", [], { onset_date: ['el tres de noviembre'], symptom: ['mareos'], clinician: ['benavides'] }),
  m("sí con quién hablo ah con lucía bueno yo soy celestino salgado", ['lucía', 'celestino salgado']),
  m("llamo por mi suegro don florencio echániz de la vega está en la farmacia del ahorro esperando", ['florencio echániz de la vega'], { pharmacy: ['farmacia del ahorro'] }),
  m("quería preguntar si el seguro de molina cubre el ozempic porque me lo cambiaron hace dos semanas", [], { plan: ['molina'], drug: ['ozempic'], onset_date: ['hace dos semanas'] }),
  m("eh mi apellido es zubizarreta zeta u be i zeta a erre erre e te a", ['zubizarreta', 'zeta u be i zeta a erre erre e te a']),
  m("hola soy anahí y mi hijo santino tiene fiebre desde ayer con la amoxicilina", ['anahí', 'santino'], { symptom: ['fiebre'], onset_date: ['desde ayer'], drug: ['amoxicilina'] }),
  m("buenos días le habla la enfermera de la residencia por el señor bautista arroyo", ['bautista arroyo']),
];

const chatEn: Msg[] = [
  m("hi my name is Nkechi Eberechukwu and I need to change my delivery address", ['Nkechi Eberechukwu']),
  m("hey its keanu makoa, refill for my lexapro pls", ['keanu makoa'], { drug: ['lexapro'] }),
  m("Hello, I'm writing for my father (Dariusz Wróblewski) - his Eliquis hasn't arrived.", ['Dariusz Wróblewski'], { drug: ['Eliquis'] }),
  m("my pharmacy is the Kroger on 5th, can you send the Lyrica 150mg there instead of Walgreens", [], { pharmacy: ['Kroger', 'Walgreens'], drug: ['Lyrica'], dose: ['150mg'] }),
  m("Mrs. Adewumi here, the insulin pen is leaking again", ['Adewumi'], { drug: ['insulin'] }),
  m("Temperance and I both got the wrong pills. She's Temperance Umeadi, I'm Obinna Umeadi", ['Temperance', 'Temperance Umeadi', 'Obinna Umeadi']),
  m("can i add my son chibueze to my account? he's 17", ['chibueze']),
  m("Hi, this is Caoimhe O'Donoghue-Walsh, I was charged twice for my Humira copay", ["Caoimhe O'Donoghue-Walsh"], { drug: ['Humira'] }),
  m("hello i am raghav, started metformin on nov 3 and have stomach pain since", ['raghav'], { drug: ['metformin'], onset_date: ['nov 3'], symptom: ['stomach pain'] }),
  m("Order for Hyun-woo Seo please, he is my dad", ['Hyun-woo Seo']),
  m("I talked to Brianna in chat yesterday and she said the refund would be 3-5 days", ['Brianna']),
  m("is there a generic for Cialis? my Anthem plan won't cover it", [], { drug: ['Cialis'], plan: ['Anthem'] }),
  m("Name: Wolfram Krüger-Hessling. Need the pharmacy changed to CVS.", ['Wolfram Krüger-Hessling'], { pharmacy: ['CVS'] }),
  m("my caregiver Precious Dlamini will pick up the meds, she has my permission", ['Precious Dlamini']),
  m("archer here lol, the app keeps logging me out", ['archer']),
  m("Hi! I'm writing on behalf of my grandma, Mrs. Bhattacharjee. She can't see the screen well.", ['Bhattacharjee']),
  m("thx Rosamund for the help earlier!!", ['Rosamund']),
  m("been having muscle pain since i started the crestor in october, dr vasquez-lindgren says to stop it?", [], { symptom: ['muscle pain'], drug: ['crestor'], onset_date: ['in october'], clinician: ['vasquez-lindgren'] }),
  m("It's for Iolanthe Beaumont-Sinclair, DOB 04/22/1949", ['Iolanthe Beaumont-Sinclair'], {}, { dob: ['04/22/1949'] }),
  m("pls cancel order for luca and gianna ferraro", ['luca', 'gianna ferraro']),
  m("Hi im temitope, my husband femi's refill was denied", ['temitope', 'femi']),
  m("Is Dr. Okoye in network? Also my wife Ekaterina Sokolova needs a new card", ['Ekaterina Sokolova'], { clinician: ['Okoye'] }),
  m("hey so my neighbor (Bertrand Lacombe) asked me to check on his order, is that ok", ['Bertrand Lacombe']),
  m("OTTILIE CHEUNG-MARTIN, MEMBER SINCE 2015, WHY WAS MY PLAN CHANGED", ['OTTILIE CHEUNG-MARTIN']),
  m("took 2 advil at 9pm and 1 more at midnight, still have the fever", [], { drug: ['advil'], symptom: ['fever'] }),
  m("Jagdeep Grewal Sandhu. Rx refill. Thanks", ['Jagdeep Grewal Sandhu']),
  m("yeah it's osmund, same as last time", ['osmund']),
  m("my mom's name is Concepción but everyone calls her Connie", ['Concepción', 'Connie']),
  m("Hi, I'm the nurse for Mr. Van Wyk, he had a bad reaction to the Levaquin on Monday", ['Van Wyk'], { drug: ['Levaquin'], onset_date: ['on Monday'] }),
  m("hi it's tansy again from earlier, did the pharmacy get it", ['tansy']),
  m("why did express scripts send me 90 tablets of lisinopril 10 mg when i asked for 30", [], { pharmacy: ['express scripts'], drug: ['lisinopril'], dose: ['10 mg'] }),
  m("Refill for Margarethe & Heinrich Vogelsang please, same as always", ['Margarethe', 'Heinrich Vogelsang']),
  m("i want to complain about the agent, Javonte, he hung up on me", ['Javonte']),
  m("My name's Ayaan Chaudhry and I was told to message here about my Wegovy prior auth", ['Ayaan Chaudhry'], { drug: ['Wegovy'] }),
  m("hello, account holder is my wife Xiaoling Tsao, I'm Bernard Tsao", ['Xiaoling Tsao', 'Bernard Tsao']),
  m("teh delivery for gwenllian wasnt left at the door", ['gwenllian']),
  m("Allegra or Zyrtec for my 6 year old? she's had a runny nose since friday", [], { drug: ['Allegra', 'Zyrtec'], symptom: ['runny nose'], onset_date: ['since friday'] }),
  m("This is Taras, Taras Zakharov. My card was charged but the order shows cancelled.", ['Taras', 'Taras Zakharov']),
  m("can Yaw pick up for me? Yaw Boateng, he's my brother", ['Yaw', 'Yaw Boateng']),
  m("Hi Oksana, thanks for the callback. The Ozempic came today.", ['Oksana'], { drug: ['Ozempic'] }),
  m("im writing for my aunt ms delacourt she is 88 and cant type", ['delacourt']),
  m("my plan changed from UnitedHealthcare to Medicaid in January, do I need a new Rx for the Eliquis 5 mg", [], { plan: ['UnitedHealthcare', 'Medicaid'], drug: ['Eliquis'], dose: ['5 mg'] }),
  m("patient is Xochitl Arreola-Tamayo, I'm her daughter", ['Xochitl Arreola-Tamayo']),
  m("marlow wainwright - need a copy of my last invoice", ['marlow wainwright']),
  m("Thanks, Ottoline (my mom) says hi too", ['Ottoline']),
  m("hi this is Orla, calling... sorry, writing for my dad Padraig Ó Briain", ['Orla', 'Padraig Ó Briain']),
  m("does the Tramadol 50mg interact with the Paxil? started the Paxil 2 weeks ago", [], { drug: ['Tramadol', 'Paxil', 'Paxil'], dose: ['50mg'], onset_date: ['2 weeks ago'] }),
  m("i'm babajide, babajide oyewole", ['babajide', 'babajide oyewole']),
  m("hi the Walgreens app says my Synthroid is ready but the store says no", [], { pharmacy: ['Walgreens'], drug: ['Synthroid'] }),
  m("My son Chance needs his ADHD med refilled, the Adderall 10mg", ['Chance'], { drug: ['Adderall'], dose: ['10mg'] }),
  m("will the Summer discount apply to my Aetna plan? my grace period ends Friday", [], { word: ['will', 'Summer', 'grace'], plan: ['Aetna'] }),
  m("pls update the acount, its under thulani not my wifes name", ['thulani']),
];

const chatEs: Msg[] = [
  m("hola soy Itzayana Cuauhtémoc Barrientos, no me llegó la insulina", ['Itzayana Cuauhtémoc Barrientos'], { drug: ['insulina'] }),
  m("Buenas, escribo por mi papá (Gumersindo Anaya Ledesma), se le terminó el Losartán", ['Gumersindo Anaya Ledesma'], { drug: ['Losartán'] }),
  m("me llamo marifer arizmendi y quiero cancelar mi pedido", ['marifer arizmendi']),
  m("desde el 2 de octubre tengo dolor de cabeza con el Lyrica 75 mg, es normal?", [], { onset_date: ['2 de octubre'], symptom: ['dolor de cabeza'], drug: ['Lyrica'], dose: ['75 mg'] }),
  m("Hablé con Rufina ayer y me dijo que ya estaba aprobado", ['Rufina']),
  m("el pedido de Nicanor y Teodora Balderrama no llegó", ['Nicanor', 'Teodora Balderrama']),
  m("Soy la cuidadora de la Sra. Quintanilla, ella no puede escribir", ['Quintanilla']),
  m("mi seguro es Molina y en Farmacias Similares no me quieren surtir el Ozempic", [], { plan: ['Molina'], pharmacy: ['Farmacias Similares'], drug: ['Ozempic'] }),
  m("Gracias Fermín por la ayuda!", ['Fermín']),
  m("tomo metformina 850 dos veces al día, puedo tomar ibuprofeno?", [], { drug: ['metformina', 'ibuprofeno'], dose: ['850 dos veces al día'] }),
];

const mailEn: Msg[] = [
  m("Subject: Refill for my husband\n\nHello,\n\nMy husband Cuthbert Fairweather needs his Eliquis refilled before we travel. He takes 5 mg twice daily.\n\nThank you,\nPenelope Fairweather", ['Cuthbert Fairweather', 'Penelope Fairweather'], { drug: ['Eliquis'], dose: ['5 mg twice daily'] }),
  m("Subject: Complaint about delivery\n\nHi,\n\nThe package for Ruairí Mac Giolla was left in the rain. The Humira pens are ruined.\n\nRegards,\nRuairí", ['Ruairí Mac Giolla', 'Ruairí'], { drug: ['Humira'] }),
  m("Subject: Re: Your prior authorization\n\nThanks for following up. Dr. Stellan Ekdahl has sent the form.\n\nBest,\nAnjali Deshpande-Rao\n\n> On Dec 2, Lucan Thistlewood (CareRoute Support) wrote:\n> We need the prescriber to submit the PA form for Ozempic.", ['Anjali Deshpande-Rao', 'Lucan Thistlewood'], { clinician: ['Stellan Ekdahl'], drug: ['Ozempic'] }),
  m("Subject: Question about coverage\n\nHello,\n\nDoes the Aetna Medicare plan cover Shingrix? I had the first dose on September 30.\n\nThanks", [], { plan: ['Aetna Medicare'], drug: ['Shingrix'], onset_date: ['September 30'] }),
  m("Subject: Side effects - my daughter\n\nDear team,\n\nMy daughter Saffron (age 12) has had hives since Tuesday, after starting amoxicillin. Her pediatrician is Dr. Fontaine.\n\nSincerely,\nGraham Ellingworth", ['Saffron', 'Graham Ellingworth'], { symptom: ['hives'], onset_date: ['since Tuesday'], drug: ['amoxicillin'], clinician: ['Fontaine'] }),
  m("Subject: Change of caregiver\n\nHello,\n\nPlease note that my new caregiver is Mrs. Rutendo Chikwanha. She may call about my prescriptions.\n\nKind regards,\nAlistair Thorneycroft", ['Rutendo Chikwanha', 'Alistair Thorneycroft']),
  m("Subject: wrong medication\n\nhi i got Lamictal instead of Lamisil!! please call me asap\n\n- kasia", ['kasia'], { drug: ['Lamictal', 'Lamisil'] }),
  m("Subject: Account for my mother\n\nGood afternoon,\n\nI am writing on behalf of my mother, Fatoumata Diallo-Keita, who is 81. She would like her orders sent to her new pharmacy, Walgreens.\n\nCC: Amadou Keita\n\nBest regards,\nMariama Keita", ['Fatoumata Diallo-Keita', 'Amadou Keita', 'Mariama Keita'], { pharmacy: ['Walgreens'] }),
  m("Subject: Billing error\n\nHello,\n\nI was billed twice for the Xarelto 20 mg shipped last month. My plan is Cigna.\n\nThank you", [], { drug: ['Xarelto'], dose: ['20 mg'], plan: ['Cigna'] }),
  m("Subject: Re: Your ticket\n\nHi Tamsin,\n\nThank you for your reply. Yes, the order can go to my son Leander at the same address.\n\nWarm regards,\nCordelia Ferrers-Reeve", ['Tamsin', 'Leander', 'Cordelia Ferrers-Reeve']),
  m("Subject: Pharmacy transfer\n\nHello,\n\nPlease transfer my prescriptions from Rite Aid to CVS. My name is Tadeusz Wiśniewski.\n\nThanks,\nTed", ['Tadeusz Wiśniewski', 'Ted'], { pharmacy: ['Rite Aid', 'CVS'] }),
  m("Subject: Thank you!\n\nAraminta on your phone line was wonderful when I called about my Trulicity. Please pass on my thanks.\n\nEulalie Birchwood", ['Araminta', 'Eulalie Birchwood'], { drug: ['Trulicity'] }),
  m("Subject: Dizziness\n\nSince starting the metoprolol 25 mg on October 20 I feel dizzy when standing. Dr. Rasmussen said to write to you.", [], { drug: ['metoprolol'], dose: ['25 mg'], onset_date: ['on October 20'], symptom: ['dizzy'], clinician: ['Rasmussen'] }),
  m("Subject: Order for Mr. and Mrs. Khoury\n\nHello,\n\nWe are Nabil and Samira Khoury. Our order has not arrived.\n\nBest,\nSamira", ['Khoury', 'Nabil', 'Samira Khoury', 'Samira']),
  m("Subject: Updating my last name\n\nHi,\n\nI got married in June and my last name is now Arriola-Whitley (formerly Brandt).\n\nThanks,\nHaven", ['Arriola-Whitley', 'Brandt', 'Haven'], { word: ['June'] }),
  m("Subject: Fwd: refill\n\n---------- Forwarded message ---------\nFrom: Osei Kwarteng\nTo: Efua Kwarteng\n\nCan you ask them about my Januvia?\n\n----------\n\nHi, forwarding from my dad. Please help.\nEfua", ['Osei Kwarteng', 'Efua Kwarteng', 'Efua'], { drug: ['Januvia'] }),
  m("Subject: Who can I speak to\n\nI am caring for my brother Lorcan Byrne-Hennessy, who has dementia. Can I be added as his representative? I am Niamh Byrne.\n\nNiamh", ['Lorcan Byrne-Hennessy', 'Niamh Byrne', 'Niamh']),
  m("Subject: Price of Eliquis\n\nHello,\n\nWhy did my Eliquis copay go up from $47 to $120 this month under Humana?\n\nThanks", [], { drug: ['Eliquis', 'Eliquis'], plan: ['Humana'] }),
  m("Subject: Question\n\nhello my name is Sabitha Thapa Magar, I have question about the Pradaxa dose 150 mg\nthank you\nSabitha", ['Sabitha Thapa Magar', 'Sabitha'], { drug: ['Pradaxa'], dose: ['150 mg'] }),
  m("Subject: Re: Delivery\n\nThanks Crisanto, the box arrived today.\n\nMarigold Penhaligon\n\n> From: Crisanto Ibarrola (CareRoute)\n> Your order shipped on Tuesday.", ['Crisanto', 'Marigold Penhaligon', 'Crisanto Ibarrola']),
  m("Subject: My father's medication\n\nDear Sir or Madam,\n\nMy father, Mr. Ikechukwu, takes Lyrica 75 mg. Since last week he has had swelling in his legs. His doctor is Dr. Harlan Whitby.\n\nYours faithfully,\nObiageli Ikechukwu", ['Ikechukwu', 'Obiageli Ikechukwu'], { drug: ['Lyrica'], dose: ['75 mg'], onset_date: ['Since last week'], symptom: ['swelling'], clinician: ['Harlan Whitby'] }),
  m("Subject: Address change for Quoc Bao Luong\n\nHi,\n\nPlease update the shipping address for my grandmother Quoc Bao Luong. I will give you the new address by phone.\n\nVinh Luong", ['Quoc Bao Luong', 'Quoc Bao Luong', 'Vinh Luong']),
  m("Subject: Adverse reaction\n\nAfter the second dose of the Shingrix vaccine on Nov 4 I had a fever of 102 and chills for 3 days. Walgreens gave the shot.\n\nSent from my iPhone", [], { drug: ['Shingrix'], onset_date: ['on Nov 4'], symptom: ['fever', 'chills'], pharmacy: ['Walgreens'] }),
  m("Subject: Hello from Astrid\n\nHi, it's Astrid Lindholm. Is my order ready?\n\nAstrid", ['Astrid', 'Astrid Lindholm', 'Astrid']),
  m("Subject: Re: Re: Copay card\n\nHi Petronella,\n\nThe copay card still does not work at Costco.\n\nThanks,\nAbena Frimpong\n\nOn Mon, Petronella Fennimore wrote:\n> Please try again at the pharmacy.", ['Petronella', 'Abena Frimpong', 'Petronella Fennimore'], { pharmacy: ['Costco'] }),
  m("Subject: Cancel my order\n\nPlease cancel the order, we no longer need it.\n\n- Lan & Quang Dinh", ['Lan', 'Quang Dinh']),
  m("Subject: Plan question\n\nDoes Kaiser Permanente cover Wegovy for weight loss? My doctor, Dr. Okwuosa, recommended it.\n\nThank you", [], { plan: ['Kaiser Permanente'], drug: ['Wegovy'], clinician: ['Okwuosa'] }),
  m("Subject: Prescription for my wife\n\nHi,\n\nMy wife (Ludmila Hrabalová) is allergic to penicillin. Please add this to her profile.\n\nPavel", ['Ludmila Hrabalová', 'Pavel'], { drug: ['penicillin'] }),
  m("Subject: Caregiver access\n\nHello,\n\nI look after Mr. Szabó three days a week. His son, Levente Szabó, asked me to write. Can I order his Trulicity pens?\n\nThank you,\nOrnella Inzaghi", ['Szabó', 'Levente Szabó', 'Ornella Inzaghi'], { drug: ['Trulicity'] }),
];

const mailEs: Msg[] = [
  m("Asunto: Receta de mi madre\n\nBuenos días:\n\nLes escribo en nombre de mi madre, Herminia Santacruz Olmedo, que toma Eutirox 100. Desde el 5 de noviembre tiene palpitaciones.\n\nAtentamente,\nGenoveva Santacruz", ['Herminia Santacruz Olmedo', 'Genoveva Santacruz'], { drug: ['Eutirox'], dose: ['100'], onset_date: ['Desde el 5 de noviembre'], symptom: ['palpitaciones'] }),
  m("Asunto: Pedido no recibido\n\nHola, soy Ulises Bermúdez. Mi pedido de insulina no llegó.\n\nSaludos,\nUlises", ['Ulises Bermúdez', 'Ulises'], { drug: ['insulina'] }),
  m("Asunto: Duda sobre el seguro\n\nBuenas tardes, ¿el plan de Molina cubre el Jardiance? La doctora Iturbide me lo recetó.\n\nGracias", [], { plan: ['Molina'], drug: ['Jardiance'], clinician: ['Iturbide'] }),
  m("Asunto: Re: Su caso\n\nGracias, Catalina, por la llamada. Mi esposo, Wenceslao Carrasco, ya recibió el medicamento.\n\nFlorencia Meléndez de Carrasco", ['Catalina', 'Wenceslao Carrasco', 'Florencia Meléndez de Carrasco']),
  m("Asunto: Cambio de farmacia\n\nHola, me llamo Xiadani Tzintzun y quiero cambiar a Farmacias Guadalajara.\n\nXiadani", ['Xiadani Tzintzun', 'Xiadani'], { pharmacy: ['Farmacias Guadalajara'] }),
];

const apiEn: Msg[] = [
  m("Patient: Olamide Uzochukwu | DOB: 1947-03-09 | Req: refill Atorvastatin 40mg", ['Olamide Uzochukwu'], { drug: ['Atorvastatin'], dose: ['40mg'] }, { dob: ['1947-03-09'] }),
  m("first_name=Wilhelmina&last_name=Schoenberger&rx_drug=Lyrica", ['Wilhelmina', 'Schoenberger'], { drug: ['Lyrica'] }),
  m("caller verified: Perpetua Mbeki (self). Issue: package damaged.", ['Perpetua Mbeki']),
  m("CRM note: spoke w/ pt's son (Rashid Al-Farsi) re: copay on Humira; pt Rania Al-Farsi not present", ['Rashid Al-Farsi', 'Rania Al-Farsi'], { drug: ['Humira'] }),
  m("note: pt reports nausea since 11/02 on Ozempic 0.5mg, advised to contact prescriber Dr. Feldstein", [], { symptom: ['nausea'], onset_date: ['since 11/02'], drug: ['Ozempic'], dose: ['0.5mg'], clinician: ['Feldstein'] }),
  m("(pt: Horatio Bellweather) transfer Rx from CVS to Walgreens", ['Horatio Bellweather'], { pharmacy: ['CVS', 'Walgreens'] }),
  m("contact_name: Solveig Andersen-Bråthen; relationship: daughter; patient_name: Ragnhild Bråthen", ['Solveig Andersen-Bråthen', 'Ragnhild Bråthen']),
  m("agent: Jarek | caller: Waltraud Hohenberger | topic: billing", ['Jarek', 'Waltraud Hohenberger']),
  m("plan=BlueCross PPO; pharmacy=Express Scripts; drug=Tramadol 50 mg; onset=2026-11-20", [], { plan: ['BlueCross PPO'], pharmacy: ['Express Scripts'], drug: ['Tramadol'], dose: ['50 mg'], onset_date: ['2026-11-20'] }),
  m("Portal msg from Kiran Bhardwaj: 'pls add my wife Ananya to the account'", ['Kiran Bhardwaj', 'Ananya']),
  m("authorized rep on file: Mr. Obuya (nephew)", ['Obuya']),
  m("caller verified: DEL VALLE, EVANGELINA; callback requested", ['DEL VALLE', 'EVANGELINA']),
  m("Ticket summary: customer Peregrine Granger-Pike reports Lamictal 25mg tabs missing from order", ['Peregrine Granger-Pike'], { drug: ['Lamictal'], dose: ['25mg'] }),
  m("IVR: selected 2 (pharmacy), said 'refill my lisinopril', transferred", [], { drug: ['lisinopril'] }),
  m("pt: Mthunzi Ndlovu / rep: Jocelyn", ['Mthunzi Ndlovu', 'Jocelyn']),
  m("Verified identity of Zhao Xinyi (DOB 08/15/1990) via security questions", ['Zhao Xinyi'], {}, { dob: ['08/15/1990'] }),
  m("name: tiago d'almeida-fonseca, lang pref: pt", ["tiago d'almeida-fonseca"]),
  m("Rx refill request: Allegra 180 mg, qty 30, pharmacy Walmart #1123, plan Oscar", [], { drug: ['Allegra'], dose: ['180 mg'], pharmacy: ['Walmart'], plan: ['Oscar'] }),
  m("Escalation: caregiver Moana Tuilagi called for her father Sefa Tuilagi, rash since Sunday after Bactrim", ['Moana Tuilagi', 'Sefa Tuilagi'], { symptom: ['rash'], onset_date: ['since Sunday'], drug: ['Bactrim'] }),
  m("web form: full_name=Ekow Owusu-Bonsu; message=my delivery is late", ['Ekow Owusu-Bonsu']),
  m("Dr. Takahashi's office called re: PA for Wegovy, fax sent", [], { clinician: ['Takahashi'], drug: ['Wegovy'] }),
  m("sms from 'Granny Opal' (contact name): where is my pills", ['Opal']),
  m("callback_for=Mrs. Nakashima-Lowe; reason=copay card declined at Costco", ['Nakashima-Lowe'], { pharmacy: ['Costco'] }),
];

const apiEs: Msg[] = [
  m("Paciente: Eustaquio Zepeda Iturralde | Fecha de nacimiento: 12/05/1951 | Medicamento: Metformina 850 mg", ['Eustaquio Zepeda Iturralde'], { drug: ['Metformina'], dose: ['850 mg'] }, { dob: ['12/05/1951'] }),
  m("nota: llamó la nieta (Yaretzi Cordero) por el pedido de su abuela", ['Yaretzi Cordero']),
  m("nota: paciente refiere mareo desde el 3 de noviembre con Losartán 50 mg; farmacia: Farmacias del Ahorro", [], { symptom: ['mareo'], onset_date: ['desde el 3 de noviembre'], drug: ['Losartán'], dose: ['50 mg'], pharmacy: ['Farmacias del Ahorro'] }),
  m("nombre=Ildefonso Tapia Urquidi; motivo=cancelación", ['Ildefonso Tapia Urquidi']),
];

const letter = /[\p{L}\p{N}]/u;

// Finds each item of one kind in order, from the end of the previous one, at word boundaries.
function locate(text: string, kind: string, items: Item[]): Span[] {
  let from = 0;
  return items.map((item) => {
    const [value, before] = typeof item === 'string' ? [item, ''] : item;
    for (let at = text.indexOf(before + value, from); at !== -1; at = text.indexOf(before + value, at + 1)) {
      const start = at + before.length;
      const end = start + value.length;
      if (!letter.test(text[start - 1] ?? ' ') && !letter.test(text[end] ?? ' ')) {
        from = end;
        return { kind, start, end, text: value };
      }
    }
    throw new Error(`${kind} "${value}" not found after ${from} in: ${text}`);
  });
}

function collect(text: string, kinds: Kinds): Span[] {
  return Object.entries(kinds).flatMap(([kind, items]) => locate(text, kind, items));
}

const byStart = (a: Span, b: Span) => a.start - b.start;

function record(channel: string, language: string, index: number, msg: Msg) {
  const spans = [...locate(msg.text, 'name', msg.names), ...collect(msg.text, msg.spans)].sort(byStart);
  const traps = collect(msg.text, msg.traps).sort(byStart);
  const all = [...spans, ...traps].sort(byStart);
  all.forEach((s, i) => {
    if (msg.text.slice(s.start, s.end) !== s.text) throw new Error(`bad offsets for "${s.text}"`);
    const prev = all[i - 1];
    if (prev && prev.end > s.start) throw new Error(`overlap "${prev.text}" / "${s.text}" in: ${msg.text}`);
  });
  const id = `holdout-v4-${channel}-${language}-${String(index).padStart(3, '0')}`;
  return { id, channel, language, text: msg.text, spans, traps };
}

const sets: Record<string, Record<string, Msg[]>> = {
  voice: { en: voiceEn, es: voiceEs },
  chat: { en: chatEn, es: chatEs },
  mail: { en: mailEn, es: mailEs },
  api: { en: apiEn, es: apiEs },
};

const dir = new URL('../../data/pii/holdout-v4/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const [channel, languages] of Object.entries(sets)) {
  const lines = Object.entries(languages).flatMap(([language, msgs]) =>
    msgs.map((msg, i) => JSON.stringify(record(channel, language, i, msg))),
  );
  writeFileSync(new URL(`${channel}.jsonl`, dir), `${lines.join('\n')}\n`);
}
