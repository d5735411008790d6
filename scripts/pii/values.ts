/**
 * Value lists the PII set is built from. Written for this set by hand; the redactor must not import
 * them (it would then be graded on its own lists). Traps are words that must survive redaction.
 */
const words = (s: string) => s.trim().split(/\s+/);

export const FIRST_NAMES = words(`
Maria John Linda James Patricia Robert Jennifer Michael Susan David Karen Richard Nancy Joseph Betty Thomas
Dorothy Charles Sandra Daniel Ashley Matthew Kimberly Anthony Donna Mark Emily Steven Carol Paul Michelle
Andrew Amanda Joshua Melissa Kevin Deborah Brian Stephanie George Rebecca Edward Sharon Ronald Laura
Timothy Cynthia Jason Kathleen Jeffrey Amy Ryan Angela Jacob Shirley Gary Anna Nicholas Brenda Eric Pamela
Jonathan Emma Larry Nicole Justin Helen Scott Samantha Brandon Katherine Benjamin Christine Samuel Debra
Gregory Rachel Alexander Carolyn Frank Janet Raymond Catherine Jack Heather Dennis Diane Jerry Ruth Tyler
Aaron Julie Jose Olivia Adam Joyce Nathan Virginia Henry Victoria Douglas Kelly Zachary Lauren Peter Christina
Kyle Joan Ethan Evelyn Walter Judith Noah Megan Jeremy Andrea Christian Cheryl Keith Hannah Roger Jacqueline
Terry Martha Gerald Gloria Harold Teresa Sean Ann Austin Sara Carl Madison Arthur Frances Lawrence Kathryn
Dylan Janice Jesse Jean Jordan Abigail Bryan Alice Billy Judy Joe Sophia Bruce Grace Gabriel Denise Logan
Amber Albert Doris Willie Marilyn Alan Danielle Juan Beverly Wayne Isabella Elijah Theresa Randy Diana Roy
Natalie Vincent Brittany Ralph Charlotte Eugene Marie Russell Kayla Bobby Alexis Mason Lori Philip Tanisha
Darnell Keisha Jamal Latoya DeShawn Aaliyah Wei Mei Hiroshi Yuki Priya Raj Anil Sunita Ahmed Fatima Omar
Layla Dmitri Olga Siobhan Declan Ngozi Chinedu Thanh Minh Bogdan Ines
`);

export const ES_FIRST_NAMES = words(`
María José Juan Carmen Luis Ana Carlos Lucía Javier Sofía Miguel Elena Alejandro Isabel Fernando Rosa
Guadalupe Jesús Francisco Verónica Ricardo Adriana Manuel Gabriela Pedro Patricia Jorge Alejandra Raúl
Beatriz Diego Leticia Sergio Mónica Arturo Yolanda Enrique Claudia Héctor Marisol Rodrigo Daniela Andrés
Paola Ramón Silvia Ignacio Rocío Tomás Esperanza Joaquín Dolores Martín Consuelo
`);

export const LAST_NAMES = words(`
Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson
Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis
Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall
Rivera Campbell Mitchell Carter Roberts Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes
Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard
Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price
Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez Okafor Kowalski Nakamura Tran Yilmaz
Fitzgerald O'Brien McCarthy Schneider Dubois Rossi Novak Haddad Mensah Abernathy Villanueva Castañeda
`);

export const ES_LAST_NAMES = words(`
García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández Díaz
Moreno Álvarez Muñoz Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez Ramos Gil Ramírez Serrano
Blanco Molina Morales Suárez Ortega Delgado Castro Ortiz Rubio Marín Sanz Núñez Iglesias Medina Garrido
Cortés Castillo Santos Lozano Guerrero Cano Prieto Méndez Cruz Calvo Gallego Vidal León Márquez Herrera
`);

export const STREETS = words(`Elm Oak Maple Pine Cedar Main Washington Lincoln Park Lake Hill Sunset Highland Jefferson
Madison Franklin Walnut Willow Chestnut Spruce Birch Meadow Ridge Forest River Church Mill Spring Valley
Magnolia Dogwood Hickory Sycamore Cherry Laurel Poplar Prospect Pleasant Central Broad Market Union`);
export const STREET_TYPES = ['Street', 'St', 'Avenue', 'Ave', 'Road', 'Rd', 'Drive', 'Dr', 'Lane', 'Ln', 'Boulevard', 'Blvd', 'Court', 'Way', 'Place', 'Circle', 'Terrace', 'Parkway'];
export const SPOKEN_STREET_TYPES = ['street', 'avenue', 'road', 'drive', 'lane', 'boulevard', 'court', 'way', 'place', 'circle', 'terrace', 'parkway'];
export const CITIES: ReadonlyArray<[string, string, string, string]> = [
  ['Springfield', 'IL', 'Illinois', '62704'], ['Columbus', 'OH', 'Ohio', '43215'], ['Austin', 'TX', 'Texas', '78701'],
  ['Phoenix', 'AZ', 'Arizona', '85004'], ['Denver', 'CO', 'Colorado', '80202'], ['Raleigh', 'NC', 'North Carolina', '27601'],
  ['Tampa', 'FL', 'Florida', '33602'], ['Fresno', 'CA', 'California', '93721'], ['Madison', 'WI', 'Wisconsin', '53703'],
  ['Albany', 'NY', 'New York', '12207'], ['Omaha', 'NE', 'Nebraska', '68102'], ['Tucson', 'AZ', 'Arizona', '85701'],
  ['Dayton', 'OH', 'Ohio', '45402'], ['Reno', 'NV', 'Nevada', '89501'], ['Boise', 'ID', 'Idaho', '83702'],
  ['Richmond', 'VA', 'Virginia', '23219'], ['Salem', 'OR', 'Oregon', '97301'], ['Lansing', 'MI', 'Michigan', '48933'],
  ['Mesa', 'AZ', 'Arizona', '85201'], ['El Paso', 'TX', 'Texas', '79901'], ['San Antonio', 'TX', 'Texas', '78205'],
  ['Kansas City', 'MO', 'Missouri', '64105'], ['Baton Rouge', 'LA', 'Louisiana', '70801'], ['Little Rock', 'AR', 'Arkansas', '72201'],
];
export const ES_STREETS = ['Calle Mayor', 'Calle de Alcalá', 'Avenida Juárez', 'Calle Hidalgo', 'Avenida Reforma', 'Calle 5 de Mayo', 'Calle Morelos', 'Avenida Insurgentes', 'Calle Real', 'Paseo de la Castellana', 'Calle Independencia', 'Avenida Revolución'];
export const ES_CITIES = ['Madrid', 'Sevilla', 'Guadalajara', 'Monterrey', 'Puebla', 'Valencia', 'Ciudad de México', 'Bogotá', 'San Juan', 'Los Ángeles', 'Houston', 'Miami'];

export const EMAIL_DOMAINS = ['gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com', 'aol.com', 'icloud.com', 'comcast.net', 'proton.me', 'mail.com', 'hotmail.es'];

// Traps: words that look like names or identifiers and must stay readable for triage.
export const DRUGS = words(`Allegra Lyrica Tramadol Cialis Humira Xarelto Eliquis Januvia Ozempic Jardiance Lipitor Zoloft
Crestor Synthroid Lexapro Cymbalta Celebrex Ambien Valium Xanax Keppra Plavix Lasix Norvasc Trulicity Victoza
Wegovy Mounjaro Entresto Dupixent Stelara Enbrel Seroquel Abilify Paxil Prozac Wellbutrin Adderall Ritalin
Benadryl Claritin Zyrtec Advil Tylenol Motrin Aleve Flonase Singulair Lantus Humalog Tresiba Prolia Chantix
metformin lisinopril atorvastatin amlodipine gabapentin sertraline omeprazole losartan levothyroxine
prednisone amoxicillin azithromycin warfarin apixaban insulin ibuprofen acetaminophen hydrocodone oxycodone`);
export const ES_DRUGS = words(`paracetamol ibuprofeno metformina omeprazol losartán amoxicilina insulina Lyrica Allegra Tramadol Humira Xarelto`);
export const DOSES = [
  '20 mg twice a day', 'take 2 at 9 pm', '500 mg three times a day', '10mg once daily', 'one tablet every 8 hours',
  '40 mg at bedtime', '75 mcg every morning', '2 puffs every 4 hours', '0.5 mg as needed', '1000 units weekly',
  '25 mg', '100mg', '5 ml twice a day', 'two pills at 8 am', 'half a tablet at night', '30 day supply',
  '90 tablets', '1 capsule 3 times a day for 10 days', '150 mg', '2.5 mg',
];
export const SPOKEN_DOSES = [
  'twenty milligrams twice a day', 'take two at nine pm', 'five hundred milligrams', 'one pill every eight hours',
  'forty milligrams at bedtime', 'two puffs in the morning', 'ten mg once a day', 'seventy five mcg',
  'one tablet three times a day', 'a thirty day supply', 'ninety tablets', 'two point five milligrams',
];
export const ES_DOSES = ['20 mg dos veces al día', 'una pastilla cada 8 horas', '500 mg tres veces al día', 'dos tabletas en la noche', 'veinte miligramos al día'];
export const SYMPTOMS = ['a rash on my arms', 'dizzy and nauseous', 'my face is swelling', 'chest tightness', 'a bad headache', 'my legs ache', 'blurry vision', 'stomach pain', 'itchy hives', 'trouble sleeping', 'swollen ankles', 'a dry cough', 'heart racing', 'numb fingers', 'back pain'];
export const ES_SYMPTOMS = ['sarpullido en los brazos', 'mareos y náuseas', 'la cara hinchada', 'dolor de cabeza', 'dolor de estómago', 'comezón en la piel'];
export const PHARMACIES = ['Walgreens', 'CVS', 'Rite Aid', 'Kroger Pharmacy', 'Costco Pharmacy', 'Walmart Pharmacy', 'Publix', 'the Main Street pharmacy', 'Farmacia Guadalajara', 'Farmacias del Ahorro'];
export const PLANS = ['Aetna', 'Blue Cross Blue Shield', 'Medicare Part D', 'Humana', 'Cigna', 'UnitedHealthcare', 'Kaiser', 'Medicaid', 'Anthem', 'Molina'];
