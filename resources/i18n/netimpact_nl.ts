<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Netwerkimpact</source>
        <translation>Over Netwerkimpact</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>The model</source>
        <translation>Het model</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>Font licence</source>
        <translation>Licentie lettertype</translation>
    </message>
    <message>
        <source>Netwerkimpact %1</source>
        <translation>Netwerkimpact %1</translation>
    </message>
    <message>
        <source>Your networks are stored on this computer, in
%1</source>
        <translation>Uw netwerken worden op deze computer bewaard, in
%1</translation>
    </message>
    <message>
        <source>Your networks are stored in a team store on a server:
%1</source>
        <translation>Uw netwerken staan in een teamopslag op een server:
%1</translation>
    </message>
    <message>
        <source>Netwerkimpact works offline: it never opens a network connection. Fonts, texts and translations ship with the program.</source>
        <translation>Netwerkimpact werkt offline: het maakt nooit verbinding met internet of een netwerk. Lettertypen, teksten en vertalingen worden met het programma meegeleverd.</translation>
    </message>
    <message>
        <source>The wheel and posters use the DejaVu Sans fonts, which ship with the program under the Bitstream Vera licence, and Noto Emoji for emoji, under the SIL Open Font License (see “Font licence”).</source>
        <translation>Het wiel en de posters gebruiken de lettertypen DejaVu Sans, die met het programma worden meegeleverd onder de Bitstream Vera-licentie, en Noto Emoji voor emoji, onder de SIL Open Font License (zie “Licentie lettertype”).</translation>
    </message>
    <message>
        <source>Model source: %1</source>
        <translation>Bron van het model: %1</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Toets</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Wat hij doet</translation>
    </message>
    <message>
        <source>The font licence file is missing from this installation.</source>
        <translation>Het licentiebestand van het lettertype ontbreekt in deze installatie.</translation>
    </message>
</context>
<context>
    <name>BringBackDialog</name>
    <message>
        <source>Bring back to the team store</source>
        <translation>Terugbrengen naar de teamopslag</translation>
    </message>
    <message>
        <source>“%1” was taken along from %2 on %3.</source>
        <translation>“%1” is op %3 meegenomen uit %2.</translation>
    </message>
    <message>
        <source>What bringing back does</source>
        <translation>Wat terugbrengen doet</translation>
    </message>
    <message>
        <source>Differences per part</source>
        <translation>Verschillen per onderdeel</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Op deze computer</translation>
    </message>
    <message>
        <source>In the team store</source>
        <translation>In de teamopslag</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>&amp;Terugbrengen</translation>
    </message>
    <message>
        <source>Someone changed this network in the team store since it was taken along. Nothing there will be overwritten: this computer&apos;s version comes in beside it as a new network, and you choose which to keep.</source>
        <translation>Iemand heeft dit netwerk in de teamopslag gewijzigd sinds het is meegenomen. Daar wordt niets overschreven: de versie van deze computer komt er als nieuw netwerk naast, en u kiest welke u houdt.</translation>
    </message>
    <message>
        <source>Nobody changed this network in the team store meanwhile: this computer&apos;s version replaces it.</source>
        <translation>Niemand heeft dit netwerk intussen in de teamopslag gewijzigd: de versie van deze computer komt ervoor in de plaats.</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Kern</translation>
    </message>
    <message>
        <source>Reasoning lines</source>
        <translation>Redeneerlijnen</translation>
    </message>
    <message>
        <source>Stories and evidence</source>
        <translation>Verhalen en onderbouwing</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicatoren</translation>
    </message>
    <message>
        <source>Learning path and measurements</source>
        <translation>Leerpad en metingen</translation>
    </message>
    <message>
        <source>Post-its</source>
        <translation>Post-its</translation>
    </message>
    <message>
        <source>Wheel and stakeholder groups</source>
        <translation>Wiel en belanghebbenden</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>ongewijzigd</translation>
    </message>
    <message>
        <source>changed, differently</source>
        <translation>gewijzigd, anders dan hier</translation>
    </message>
    <message>
        <source>%1 (taken along %2)</source>
        <translation>%1 (meegenomen %2)</translation>
    </message>
    <message>
        <source>The team store&apos;s “%1” was changed meanwhile and is unchanged now. This computer&apos;s version is kept beside it as “%2”. Compare the two, keep the one you want and delete the other.</source>
        <translation>“%1” in de teamopslag was intussen gewijzigd en is niet aangeraakt. De versie van deze computer staat ernaast als “%2”. Vergelijk de twee, houd de versie die u wilt en verwijder de andere.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Gewijzigd door iemand anders</translation>
    </message>
    <message>
        <source>Someone else saved %1 while you were typing. Your text is not saved yet. Which text do you want to keep?</source>
        <translation>Iemand anders heeft %1 opgeslagen terwijl u typte. Uw tekst is nog niet opgeslagen. Welke tekst wilt u houden?</translation>
    </message>
    <message>
        <source>Your text</source>
        <translation>Uw tekst</translation>
    </message>
    <message>
        <source>Their text (saved)</source>
        <translation>Hun tekst (opgeslagen)</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Mijn tekst houden</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Hun tekst houden</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Allebei houden</translation>
    </message>
    <message>
        <source>Keep my text</source>
        <translation>Mijn tekst houden</translation>
    </message>
    <message>
        <source>Keep their text</source>
        <translation>Hun tekst houden</translation>
    </message>
    <message>
        <source>Keep both texts, mine first</source>
        <translation>Beide teksten houden, de mijne eerst</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>The wheel is on screen “%1”; this console on “%2”</source>
        <translation>Het wiel staat op scherm “%1”; deze console op “%2”</translation>
    </message>
    <message>
        <source>Console — Netwerkimpact</source>
        <translation>Console — Netwerkimpact</translation>
    </message>
    <message>
        <source>The projector shows</source>
        <translation>De beamer toont</translation>
    </message>
    <message>
        <source>Incoming notes</source>
        <translation>Binnenkomende geeltjes</translation>
    </message>
    <message>
        <source>No room is open. When participants send notes from their phones, they wait here until you let them through.</source>
        <translation>Er is geen zaal open. Als deelnemers geeltjes sturen vanaf hun telefoon, wachten ze hier tot je ze doorlaat.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>Restart the timer</source>
        <translation>Timer opnieuw starten</translation>
    </message>
    <message>
        <source>Close the reader</source>
        <translation>Lezer sluiten</translation>
    </message>
    <message>
        <source>Post-its read: %1</source>
        <translation>Geeltjes die gelezen worden: %1</translation>
    </message>
    <message>
        <source>Active line</source>
        <translation>Actieve redeneerlijn</translation>
    </message>
    <message>
        <source>No network is open</source>
        <translation>Er is geen netwerk open</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet bewaard: %1</translation>
    </message>
    <message>
        <source>Previous line</source>
        <translation>Vorige lijn</translation>
    </message>
    <message>
        <source>Next line</source>
        <translation>Volgende lijn</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Console</translation>
    </message>
</context>
<context>
    <name>CorePanel</name>
    <message>
        <source>Open or create a network to describe its core.</source>
        <translation>Open of maak een netwerk om de kern te beschrijven.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>What is this network about?</source>
        <translation>Waar gaat dit netwerk over?</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Own name, e.g. “%1”</source>
        <translation>Eigen naam, bijv. “%1”</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Kern</translation>
    </message>
    <message>
        <source>New entry for %1</source>
        <translation>Nieuwe regel voor %1</translation>
    </message>
</context>
<context>
    <name>CorePartList</name>
    <message>
        <source>Add an entry and press Enter</source>
        <translation>Typ een regel en druk op Enter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Kies een datum</translation>
    </message>
</context>
<context>
    <name>EntryTable</name>
    <message>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Story or quote</source>
        <translation>Verhaal of citaat</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van wie/wat</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Type here to add an entry to moment %1</source>
        <translation>Typ hier om iets toe te voegen aan moment %1</translation>
    </message>
    <message>
        <source>“%1” is not a number; the value was not changed.</source>
        <translation>“%1” is geen getal; de waarde is niet veranderd.</translation>
    </message>
    <message>
        <source>“%1” is not a date (type it as 15-02-2025); nothing was changed.</source>
        <translation>“%1” is geen datum (typ bijvoorbeeld 15-02-2025); er is niets veranderd.</translation>
    </message>
    <message>
        <source>Entries of %1</source>
        <translation>Metingen van %1</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Edit evidence</source>
        <translation>Onderbouwing bewerken</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Onderbouwing toevoegen</translation>
    </message>
    <message>
        <source>What shows that this step happens?</source>
        <translation>Waaruit blijkt dat deze stap gebeurt?</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Onderbouwing</translation>
    </message>
    <message>
        <source>A person, a document, a file path or a link</source>
        <translation>Een persoon, een document, een bestandspad of een link</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>(no moment)</source>
        <translation>(geen moment)</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Evidence not saved</source>
        <translation>Onderbouwing niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>%1-bestand</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Bestands&amp;naam:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>FunderActions</name>
    <message>
        <source>Report as &amp;Word…</source>
        <translation>Rapport als &amp;Word…</translation>
    </message>
    <message>
        <source>Export I&amp;ATI results (XML)…</source>
        <translation>I&amp;ATI-resultaten exporteren (XML)…</translation>
    </message>
</context>
<context>
    <name>FunderOutputs</name>
    <message>
        <source>Saved %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
    <message>
        <source>Report as Word</source>
        <translation>Rapport als Word</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word-document (*.docx)</translation>
    </message>
    <message>
        <source>Netwerkimpact</source>
        <translation>Netwerkimpact</translation>
    </message>
    <message>
        <source>Set the IATI identity</source>
        <translation>IATI-identiteit vastleggen</translation>
    </message>
    <message>
        <source>Export IATI results</source>
        <translation>IATI-resultaten exporteren</translation>
    </message>
    <message>
        <source>IATI activity file (*.xml)</source>
        <translation>IATI-activiteitenbestand (*.xml)</translation>
    </message>
</context>
<context>
    <name>GroupEntryDialog</name>
    <message>
        <source>Values per group: %1</source>
        <translation>Waarden per groep: %1</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>een getal</translation>
    </message>
    <message>
        <source>Value of %1</source>
        <translation>Waarde van %1</translation>
    </message>
    <message>
        <source>“%1” for %2 is not a number.</source>
        <translation>„%1” bij %2 is geen getal.</translation>
    </message>
    <message>
        <source>Add a moment to the learning path first.</source>
        <translation>Voeg eerst een moment toe aan het leerpad.</translation>
    </message>
    <message>
        <source>Fill in a value for at least one group.</source>
        <translation>Vul voor minstens één groep een waarde in.</translation>
    </message>
</context>
<context>
    <name>GroupsDialog</name>
    <message>
        <source>Groups of “%1”</source>
        <translation>Groepen van „%1”</translation>
    </message>
    <message>
        <source>Split the measurements by one or two dimensions, e.g. “school” with a group per school. One group per line; renaming a group keeps its entries.</source>
        <translation>Verdeel de metingen naar één of twee dimensies, bijv. „school” met een groep per school. Eén groep per regel; een groep hernoemen houdt zijn metingen.</translation>
    </message>
    <message>
        <source>Dimension %1</source>
        <translation>Dimensie %1</translation>
    </message>
    <message>
        <source>e.g. school, neighbourhood, age</source>
        <translation>bijv. school, wijk, leeftijd</translation>
    </message>
    <message>
        <source>Name of dimension %1</source>
        <translation>Naam van dimensie %1</translation>
    </message>
    <message>
        <source>Groups of dimension %1, one per line</source>
        <translation>Groepen van dimensie %1, één per regel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <source>How the whole follows from the groups</source>
        <translation>Hoe het geheel uit de groepen volgt</translation>
    </message>
    <message>
        <source>not chosen (not computed)</source>
        <translation>niet gekozen (niet berekend)</translation>
    </message>
    <message>
        <source>the sum of the groups (counts)</source>
        <translation>de som van de groepen (aantallen)</translation>
    </message>
    <message>
        <source>the mean of the groups (scores)</source>
        <translation>het gemiddelde van de groepen (scores)</translation>
    </message>
    <message>
        <source>not computable (e.g. percentages)</source>
        <translation>niet te berekenen (bijv. percentages)</translation>
    </message>
    <message>
        <source>The whole</source>
        <translation>Het geheel</translation>
    </message>
    <message>
        <source>a number, e.g. 20</source>
        <translation>een getal, bijv. 20</translation>
    </message>
    <message>
        <source>Baseline value</source>
        <translation>Nulmeting (waarde)</translation>
    </message>
    <message>
        <source>Date of the baseline</source>
        <translation>Datum van de nulmeting</translation>
    </message>
    <message>
        <source>Baseline date</source>
        <translation>Nulmeting (datum)</translation>
    </message>
    <message>
        <source>Note on the baseline</source>
        <translation>Toelichting bij de nulmeting</translation>
    </message>
    <message>
        <source>Baseline note</source>
        <translation>Nulmeting (toelichting)</translation>
    </message>
    <message>
        <source>The baseline value “%1” is not a number.</source>
        <translation>De nulmeting „%1” is geen getal.</translation>
    </message>
    <message>
        <source>The baseline date is not a date (e.g. 15-02-2025).</source>
        <translation>De datum van de nulmeting is geen datum (bijv. 15-02-2025).</translation>
    </message>
    <message>
        <source>Groups in use</source>
        <translation>Groepen in gebruik</translation>
    </message>
    <message>
        <source>%1 entries or targets belong to groups you removed. Merge them into the whole, or keep the groups?</source>
        <translation>%1 metingen of doelen horen bij groepen die u verwijderde. Samenvoegen in het geheel, of de groepen houden?</translation>
    </message>
    <message>
        <source>Merge into the whole</source>
        <translation>Samenvoegen in het geheel</translation>
    </message>
    <message>
        <source>Keep the groups</source>
        <translation>De groepen houden</translation>
    </message>
    <message>
        <source>Each dimension needs at least one group.</source>
        <translation>Elke dimensie heeft minstens één groep nodig.</translation>
    </message>
    <message>
        <source>A name appears twice; each dimension and group needs its own.</source>
        <translation>Een naam komt twee keer voor; elke dimensie en groep heeft een eigen naam nodig.</translation>
    </message>
    <message>
        <source>A dimension with groups needs a name.</source>
        <translation>Een dimensie met groepen heeft een naam nodig.</translation>
    </message>
    <message>
        <source>The groups could not be saved: %1</source>
        <translation>De groepen konden niet worden opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Netwerkimpact help</source>
        <translation>Hulp bij Netwerkimpact</translation>
    </message>
    <message>
        <source>Search the help (for example: bereik, stap 4)</source>
        <translation>Zoeken in de hulp (bijvoorbeeld: bereik, stap 4)</translation>
    </message>
    <message>
        <source>How a session goes</source>
        <translation>Zo verloopt een sessie</translation>
    </message>
    <message>
        <source>Appendix 2: six steps to meaningful indicators</source>
        <translation>Bijlage 2: zes stappen naar betekenisvolle indicatoren</translation>
    </message>
    <message>
        <source>Appendix 1: %1</source>
        <translation>Bijlage 1: %1</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>A session investigates one or more reasoning lines with a group: the wheel on a projector or a poster on the wall, the facilitator at the keys. Fill in the core first (the Core tab): partners, identity and purpose, resources, activities. Add a moment on the learning path (A, B, …) with its focus, so measurements and post-its of this session belong together.</source>
        <translation>In een sessie onderzoekt een groep één of meer redeneerlijnen: het wiel op de beamer of een poster aan de muur, de begeleider aan de toetsen. Vul eerst de kern in (tabblad Kern): partners, identiteit en bedoeling, hulpbronnen, activiteiten. Voeg een moment toe aan het leerpad (A, B, …) met zijn focus, zodat de metingen en geeltjes van deze sessie bij elkaar horen.</translation>
    </message>
    <message>
        <source>Inside out: evaluating what the network did</source>
        <translation>Van binnen naar buiten: evalueren wat het netwerk deed</translation>
    </message>
    <message>
        <source>Outside in: planning what the network wants</source>
        <translation>Van buiten naar binnen: plannen wat het netwerk wil</translation>
    </message>
    <message>
        <source>During and after</source>
        <translation>Tijdens en na de sessie</translation>
    </message>
    <message>
        <source>See also:</source>
        <translation>Zie ook:</translation>
    </message>
    <message>
        <source>1. Start at the core: what did we do? Select ring 1 (key 1) and turn it (→ or PageDown) until the direct result you want to discuss is at 12 o&apos;clock.
2. Which direct results did it lead to? Tell it in the Reasoning line tab.
3. Turn ring 2 and ring 3: to which influences and effects did that logically contribute?
4. Turn the outer ring to the stakeholder group: effective for whom?
5. Write the story of every step and the assumptions; save the line (Ctrl+S, or S in presentation mode).
6. Support the line with indicators (the Indicators tab, along the six steps of appendix 2) and record what they show at this moment.</source>
        <translation>1. Begin bij de kern: wat hebben we gedaan? Kies ring 1 (toets 1) en draai hem (→ of PageDown) tot het directe resultaat waarover je wilt praten op 12 uur staat.
2. Tot welke directe resultaten heeft dat geleid? Vertel het in het tabblad Redeneerlijn.
3. Draai ring 2 en ring 3: aan welke invloeden en effecten heeft dat logischerwijs bijgedragen?
4. Draai de buitenring naar de stakeholdergroep: effectief voor wie?
5. Schrijf het verhaal van elke stap en de aannames op; bewaar de lijn (Ctrl+S, of S in de presentatiemodus).
6. Onderbouw de lijn met indicatoren (tabblad Indicatoren, langs de zes stappen van bijlage 2) en leg vast wat ze op dit moment laten zien.</translation>
    </message>
    <message>
        <source>1. Start at the outer ring: for which stakeholder group do we want to make a difference? Turn it to 12 o&apos;clock (key 4).
2. Turn ring 3: which third-degree impact do we want for them?
3. Turn ring 2: which second-degree impact would logically contribute?
4. Turn ring 1: which direct results must we realise together? Then the core: what does that ask of partners, resources and activities?
5. Set the line&apos;s direction to outside in, tell every step and the assumptions, and save the line.
6. Choose indicators from &apos;what do we want to know?&apos;, not from the data at hand, and plan the moment at which you will look again.</source>
        <translation>1. Begin bij de buitenring: voor welke stakeholdergroep willen we het verschil maken? Draai hem naar 12 uur (toets 4).
2. Draai ring 3: welke derdegraads impact willen we voor hen?
3. Draai ring 2: welke tweedegraads impact zou daar logischerwijs aan bijdragen?
4. Draai ring 1: welke directe resultaten moeten we samen realiseren? En dan de kern: wat vraagt dat van partners, hulpbronnen en activiteiten?
5. Zet de richting van de lijn op van buiten naar binnen, vertel elke stap en de aannames, en bewaar de lijn.
6. Kies indicatoren vanuit ‘wat willen we weten?’, niet vanuit de data die er toevallig zijn, en plan het moment waarop je opnieuw kijkt.</translation>
    </message>
    <message>
        <source>Double-click a segment to stick a post-it on it with what the group says. Lock a ring that should stay put (right-click it); View → Focus dims everything but one ring or one stakeholder group. F5 starts presentation mode. With a large group, work in small groups with a poster each (File → Poster). Afterwards, File offers the report as PDF, the tables for Excel or CSV, and an image of the wheel for slides.</source>
        <translation>Dubbelklik op een segment om er een geeltje op te plakken met wat de groep zegt. Zet een ring die moet blijven staan vast (rechtsklik erop); Beeld → Focus dimt alles behalve één ring of één stakeholdergroep. F5 start de presentatiemodus. Werk met een grote groep in kleine groepen met elk een poster (Bestand → Poster). Achteraf biedt Bestand het rapport als PDF, de tabellen voor Excel of CSV, en een afbeelding van het wiel voor dia’s.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina’s</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the help matches “%1”.</source>
        <translation>Niets in de hulp past bij “%1”.</translation>
    </message>
    <message>
        <source>Search the help</source>
        <translation>Zoeken in de hulp</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Help page</source>
        <translation>Hulppagina</translation>
    </message>
</context>
<context>
    <name>IatiIdentityDialog</name>
    <message>
        <source>IATI identity of the network</source>
        <translation>IATI-identiteit van het netwerk</translation>
    </message>
    <message>
        <source>IATI asks who reports and which activity it is. Netwerkimpact keeps both with the network, so you give them once.</source>
        <translation>IATI vraagt wie rapporteert en om welke activiteit het gaat. Netwerkimpact bewaart beide bij het netwerk, dus u geeft ze één keer op.</translation>
    </message>
    <message>
        <source>e.g. NL-KVK-41150085</source>
        <translation>bijv. NL-KVK-41150085</translation>
    </message>
    <message>
        <source>Reporting organisation&apos;s IATI ref</source>
        <translation>IATI-ref van de rapporterende organisatie</translation>
    </message>
    <message>
        <source>Organisation ref</source>
        <translation>Organisatie-ref</translation>
    </message>
    <message>
        <source>e.g. NL-KVK-41150085-leernetwerk</source>
        <translation>bijv. NL-KVK-41150085-leernetwerk</translation>
    </message>
    <message>
        <source>IATI identifier of the activity</source>
        <translation>IATI-identificatie van de activiteit</translation>
    </message>
    <message>
        <source>IATI identifier</source>
        <translation>IATI-identificatie</translation>
    </message>
    <message>
        <source>Fill in the organisation ref, for example NL-KVK-41150085.</source>
        <translation>Vul de organisatie-ref in, bijvoorbeeld NL-KVK-41150085.</translation>
    </message>
    <message>
        <source>The organisation ref is an agency prefix and a number joined by hyphens, without spaces, for example NL-KVK-41150085.</source>
        <translation>De organisatie-ref is een registervoorvoegsel en een nummer, verbonden door streepjes en zonder spaties, bijvoorbeeld NL-KVK-41150085.</translation>
    </message>
    <message>
        <source>Fill in the IATI identifier, for example %1-leernetwerk.</source>
        <translation>Vul de IATI-identificatie in, bijvoorbeeld %1-leernetwerk.</translation>
    </message>
    <message>
        <source>The IATI identifier may not contain spaces or any of / &amp; | ?.</source>
        <translation>De IATI-identificatie mag geen spaties bevatten en geen van de tekens / &amp; | ?.</translation>
    </message>
    <message>
        <source>The IATI identifier must begin with the organisation ref and a hyphen: %1-…</source>
        <translation>De IATI-identificatie moet beginnen met de organisatie-ref en een streepje: %1-…</translation>
    </message>
</context>
<context>
    <name>ImageDialog</name>
    <message>
        <source>Save wheel image</source>
        <translation>Wielafbeelding opslaan</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>With the post-its shown</source>
        <translation>Met de getoonde geeltjes</translation>
    </message>
    <message>
        <source>With the beam on the active line</source>
        <translation>Met de bundel op de actieve lijn</translation>
    </message>
    <message>
        <source>Width and height (PNG)</source>
        <translation>Breedte en hoogte (PNG)</translation>
    </message>
</context>
<context>
    <name>ImportMeasurementsDialog</name>
    <message>
        <source>Import measurements</source>
        <translation>Metingen importeren</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Rows of the sheet</source>
        <translation>Rijen van het werkblad</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be imported.</source>
        <translation>
            <numerusform>%n rij kan worden geïmporteerd.</numerusform>
            <numerusform>%n rijen kunnen worden geïmporteerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot, and are left out (see why below).</source>
        <translation>
            <numerusform>%n rij niet; die blijft buiten (zie hieronder waarom).</numerusform>
            <numerusform>%n rijen niet; die blijven buiten (zie hieronder waarom).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n measurement(s)</source>
        <translation>
            <numerusform>%n meting importeren</numerusform>
            <numerusform>%n metingen importeren</numerusform>
        </translation>
    </message>
    <message>
        <source>No indicator</source>
        <translation>Geen indicator</translation>
    </message>
    <message>
        <source>The network has no indicator of this name or id</source>
        <translation>Het netwerk heeft geen indicator met deze naam of dit nummer</translation>
    </message>
    <message>
        <source>More than one indicator has this name: use its id</source>
        <translation>Meer dan één indicator heeft deze naam: gebruik het nummer</translation>
    </message>
    <message>
        <source>No moment</source>
        <translation>Geen moment</translation>
    </message>
    <message>
        <source>The network has no moment of this name</source>
        <translation>Het netwerk heeft geen moment met deze naam</translation>
    </message>
    <message>
        <source>The value is not a number</source>
        <translation>De waarde is geen getal</translation>
    </message>
    <message>
        <source>The date is not a date (write 2025-03-12 or 12-03-2025)</source>
        <translation>De datum is geen datum (schrijf 2025-03-12 of 12-03-2025)</translation>
    </message>
    <message>
        <source>Neither a value nor a text</source>
        <translation>Geen waarde en geen tekst</translation>
    </message>
    <message>
        <source>Text too long</source>
        <translation>Tekst te lang</translation>
    </message>
    <message>
        <source>Source too long</source>
        <translation>Bron te lang</translation>
    </message>
    <message>
        <source>Sheets (*.csv *.xlsx *.xlsm);;All files (*)</source>
        <translation>Werkbladen (*.csv *.xlsx *.xlsm);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>The sheet has no column “indicator”.</source>
        <translation>Het werkblad heeft geen kolom “indicator”.</translation>
    </message>
    <message>
        <source>The sheet has no column “moment”.</source>
        <translation>Het werkblad heeft geen kolom “moment”.</translation>
    </message>
    <message>
        <source>The sheet has neither a column “value” nor “text”.</source>
        <translation>Het werkblad heeft geen kolom “waarde” of “tekst”.</translation>
    </message>
    <message>
        <source>Measurements not imported</source>
        <translation>Metingen niet geïmporteerd</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Er is niets weggeschreven.</translation>
    </message>
</context>
<context>
    <name>ImportNotesDialog</name>
    <message>
        <source>Import post-its</source>
        <translation>Post-its importeren</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be imported.</source>
        <translation>
            <numerusform>%n rij kan worden geïmporteerd.</numerusform>
            <numerusform>%n rijen kunnen worden geïmporteerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot, and are left out (see why below).</source>
        <translation>
            <numerusform>%n rij niet; die blijft buiten (zie hieronder waarom).</numerusform>
            <numerusform>%n rijen niet; die blijven buiten (zie hieronder waarom).</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is not UTF-8: it was read as Windows text (cp1252). Check letters with accents before importing.</source>
        <translation>Het bestand is geen UTF-8: het is gelezen als Windows-tekst (cp1252). Controleer letters met accenten voordat u importeert.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n post-it(s)</source>
        <translation>
            <numerusform>%n post-it importeren</numerusform>
            <numerusform>%n post-its importeren</numerusform>
        </translation>
    </message>
    <message>
        <source>%1… (%2 characters)</source>
        <translation>%1… (%2 tekens)</translation>
    </message>
    <message>
        <source>No text</source>
        <translation>Geen tekst</translation>
    </message>
    <message>
        <source>Text too long for a post-it</source>
        <translation>Tekst te lang voor een post-it</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>Geen segment</translation>
    </message>
    <message>
        <source>No segment has this name or key</source>
        <translation>Geen segment heeft deze naam of sleutel</translation>
    </message>
    <message>
        <source>More than one segment starts like this</source>
        <translation>Meer dan één segment begint zo</translation>
    </message>
    <message>
        <source>Colour is not written #RRGGBB</source>
        <translation>Kleur is niet geschreven als #RRGGBB</translation>
    </message>
    <message>
        <source>The network has no moment of this name</source>
        <translation>Het netwerk heeft geen moment met deze naam</translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation>%1 wordt gelezen …</translation>
    </message>
    <message>
        <source>Reading the sheet</source>
        <translation>Het werkblad wordt gelezen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Sheets (*.csv *.xlsx *.xlsm);;All files (*)</source>
        <translation>Werkbladen (*.csv *.xlsx *.xlsm);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>This is the program&apos;s own store: choose a sheet.</source>
        <translation>Dit is de eigen opslag van het programma: kies een werkblad.</translation>
    </message>
    <message>
        <source>This is not a regular file (a device or a named pipe): choose a sheet.</source>
        <translation>Dit is geen gewoon bestand (een apparaat of een named pipe): kies een werkblad.</translation>
    </message>
    <message>
        <source>This file mixes UTF-8 with another encoding, so some letters would come out wrong. Save it again as CSV UTF-8 and import that.</source>
        <translation>Dit bestand mengt UTF-8 met een andere codering, zodat sommige letters verkeerd zouden overkomen. Sla het opnieuw op als CSV UTF-8 en importeer dat.</translation>
    </message>
    <message>
        <source>This CSV file cannot be read: a field is far too long or a quote is not closed.</source>
        <translation>Dit CSV-bestand kan niet worden gelezen: een veld is veel te lang of een aanhalingsteken is niet gesloten.</translation>
    </message>
    <message>
        <source>This sheet has too many columns for post-its.</source>
        <translation>Dit werkblad heeft te veel kolommen voor post-its.</translation>
    </message>
    <message>
        <source>This workbook would unpack to far more than a sheet of post-its; it was not read.</source>
        <translation>Deze werkmap zou uitpakken tot veel meer dan een werkblad met post-its; hij is niet gelezen.</translation>
    </message>
    <message>
        <source>Reading this file took too long; it is not a sheet of post-its that can be read.</source>
        <translation>Het lezen van dit bestand duurde te lang; het is geen werkblad met post-its dat gelezen kan worden.</translation>
    </message>
    <message>
        <source>This file is too large for a sheet of post-its.</source>
        <translation>Dit bestand is te groot voor een lijst post-its.</translation>
    </message>
    <message>
        <source>This file cannot be read.</source>
        <translation>Dit bestand kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>Choose a CSV file or an Excel workbook (.xlsx).</source>
        <translation>Kies een CSV-bestand of een Excel-werkmap (.xlsx).</translation>
    </message>
    <message>
        <source>This file is not a CSV text file.</source>
        <translation>Dit bestand is geen CSV-tekstbestand.</translation>
    </message>
    <message>
        <source>This sheet has too many rows for post-its.</source>
        <translation>Dit werkblad heeft te veel rijen voor post-its.</translation>
    </message>
    <message>
        <source>This file is not a readable Excel file.</source>
        <translation>Dit is geen leesbaar Excel-bestand.</translation>
    </message>
    <message>
        <source>The sheet is empty.</source>
        <translation>Het werkblad is leeg.</translation>
    </message>
    <message>
        <source>The sheet has no column “text” (or “tekst”).</source>
        <translation>Het werkblad heeft geen kolom “tekst” (of “text”).</translation>
    </message>
    <message>
        <source>The sheet has no column “segment”.</source>
        <translation>Het werkblad heeft geen kolom “segment”.</translation>
    </message>
    <message>
        <source>Post-its not imported</source>
        <translation>Post-its niet geïmporteerd</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Er is niets weggeschreven.</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Te importeren rijen</translation>
    </message>
</context>
<context>
    <name>IndicatorForm</name>
    <message>
        <source>Edit indicator</source>
        <translation>Indicator bewerken</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Nieuwe indicator</translation>
    </message>
    <message>
        <source>What do we want to know?</source>
        <translation>Wat willen we weten?</translation>
    </message>
    <message>
        <source>Click a suggestion to use it as a starting point</source>
        <translation>Klik op een suggestie om ermee te beginnen</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggesties</translation>
    </message>
    <message>
        <source>e.g. Number of teachers reached</source>
        <translation>bijv. Aantal bereikte leraren</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Quantitative (numbers)</source>
        <translation>Kwantitatief (cijfers)</translation>
    </message>
    <message>
        <source>Qualitative (stories, quotes, images)</source>
        <translation>Kwalitatief (verhalen, citaten, beelden)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>e.g. participants, %, euro</source>
        <translation>bijv. deelnemers, %, euro</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>What do we want to learn from it?</source>
        <translation>Wat willen we ervan leren?</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>Inzicht</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Voor wie</translation>
    </message>
    <message>
        <source>Time and money it takes to capture it well</source>
        <translation>Tijd en geld om het goed in beeld te brengen</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Investering</translation>
    </message>
    <message>
        <source>e.g. figure, survey, story, photo</source>
        <translation>bijv. cijfer, enquête, verhaal, foto</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <source>An existing source</source>
        <translation>Een bestaande bron</translation>
    </message>
    <message>
        <source>A new instrument</source>
        <translation>Een nieuw meetinstrument</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Nog niet besloten</translation>
    </message>
    <message>
        <source>Measure with</source>
        <translation>Meten met</translation>
    </message>
    <message>
        <source>Which report, register or database; or which survey, interview or log</source>
        <translation>Welke rapportage, registratie of database; of welke enquête, welk interview of logboek</translation>
    </message>
    <message>
        <source>Source or instrument</source>
        <translation>Bron of instrument</translation>
    </message>
    <message>
        <source>Valid: it shows what we want to know</source>
        <translation>Valide: het laat zien wat we willen weten</translation>
    </message>
    <message>
        <source>Measurable: it can be collected readily</source>
        <translation>Meetbaar: het is goed te verzamelen</translation>
    </message>
    <message>
        <source>Relevant: it matters for our goals</source>
        <translation>Relevant: het doet ertoe voor onze doelen</translation>
    </message>
    <message>
        <source>Doubts, reliability of the source, …</source>
        <translation>Twijfels, betrouwbaarheid van de bron, …</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>once</source>
        <translation>eenmalig</translation>
    </message>
    <message>
        <source>per gathering</source>
        <translation>per bijeenkomst</translation>
    </message>
    <message>
        <source>every quarter</source>
        <translation>elk kwartaal</translation>
    </message>
    <message>
        <source>every school year</source>
        <translation>elk schooljaar</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>jaarlijks</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Hoe vaak</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequentie</translation>
    </message>
    <message>
        <source>Who collects it</source>
        <translation>Wie verzamelt het</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Where we start</source>
        <translation>Waar we staan</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Nulmeting</translation>
    </message>
    <message>
        <source>What we aim for</source>
        <translation>Waar we naartoe willen</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>What does the outcome mean against the goals?</source>
        <translation>Wat betekent de opbrengst, gelegd naast de doelen?</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Duiding</translation>
    </message>
    <message>
        <source>e.g. partners, board, municipality</source>
        <translation>bijv. partners, bestuur, gemeente</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Doelgroep</translation>
    </message>
    <message>
        <source>How, in what form, and for what purpose</source>
        <translation>Hoe, in welke vorm en met welk doel</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communicatie</translation>
    </message>
    <message>
        <source>Indicator not saved</source>
        <translation>Indicator niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>IndicatorKind</name>
    <message>
        <source>quantitative</source>
        <translation>kwantitatief</translation>
    </message>
    <message>
        <source>qualitative</source>
        <translation>kwalitatief</translation>
    </message>
</context>
<context>
    <name>IndicatorPanel</name>
    <message>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>Add an indicator to the selected step</source>
        <translation>Een indicator toevoegen aan de gekozen stap</translation>
    </message>
    <message>
        <source>Open or create a network to work on its indicators.</source>
        <translation>Open of maak een netwerk om aan de indicatoren te werken.</translation>
    </message>
    <message>
        <source>Save a reasoning line first: indicators belong to the steps of a saved line.</source>
        <translation>Sla eerst een redeneerlijn op: indicatoren horen bij de stappen van een opgeslagen lijn.</translation>
    </message>
    <message>
        <source>+ Add indicator…</source>
        <translation>+ Indicator toevoegen…</translation>
    </message>
    <message>
        <source>Add an indicator to this step</source>
        <translation>Een indicator toevoegen aan deze stap</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation>Indicator verwijderen</translation>
    </message>
    <message>
        <source>Delete the indicator “%1” and its measurements? (Undo brings it back.)</source>
        <translation>De indicator “%1” en de metingen ervan verwijderen? (Ongedaan maken haalt ze terug.)</translation>
    </message>
    <message>
        <source>Move the indicator up within its step</source>
        <translation>De indicator omhoog binnen zijn stap</translation>
    </message>
    <message>
        <source>Move the indicator down within its step</source>
        <translation>De indicator omlaag binnen zijn stap</translation>
    </message>
    <message>
        <source>Indicators per step</source>
        <translation>Indicatoren per stap</translation>
    </message>
</context>
<context>
    <name>IndicatorTrend</name>
    <message>
        <source>Target…</source>
        <translation>Doel…</translation>
    </message>
    <message>
        <source>Move this indicator up</source>
        <translation>Deze indicator omhoog</translation>
    </message>
    <message>
        <source>Move this indicator down</source>
        <translation>Deze indicator omlaag</translation>
    </message>
    <message>
        <source>Groups…</source>
        <translation>Groepen…</translation>
    </message>
    <message>
        <source>Split by group, the whole and the baseline</source>
        <translation>Verdelen naar groep, het geheel en de nulmeting</translation>
    </message>
    <message>
        <source>Per group…</source>
        <translation>Per groep…</translation>
    </message>
    <message>
        <source>Enter a moment&apos;s values per group</source>
        <translation>De waarden van een moment per groep invullen</translation>
    </message>
</context>
<context>
    <name>KeyboardHelp</name>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Next or previous field; on the wheel, first its rings one by one</source>
        <translation>Volgend of vorig veld; op het wiel eerst de ringen één voor één</translation>
    </message>
    <message>
        <source>← →</source>
        <translation>← →</translation>
    </message>
    <message>
        <source>On a row of tabs (the side panel, the wheel or the wall): choose the page</source>
        <translation>Op een rij tabbladen (het zijpaneel, het wiel of de wand): kies de pagina</translation>
    </message>
    <message>
        <source>↑ ↓</source>
        <translation>↑ ↓</translation>
    </message>
    <message>
        <source>In a list or a tree: choose an item; in the post-its beside the wheel: the next</source>
        <translation>In een lijst of boom: kies een item; in de geeltjes naast het wiel: het volgende</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Spatie</translation>
    </message>
    <message>
        <source>Press the button or tick the box that has the focus</source>
        <translation>Druk op de knop of vink het vakje aan dat de focus heeft</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>In a dialog: OK; in the room&apos;s queue: accept the post-it</source>
        <translation>In een dialoog: OK; in de wachtrij van de zaal: het geeltje toelaten</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close a dialog without changing anything</source>
        <translation>Een dialoog sluiten zonder iets te veranderen</translation>
    </message>
    <message>
        <source>Alt, F10</source>
        <translation>Alt, F10</translation>
    </message>
    <message>
        <source>Open the menu bar (then the arrow keys and Enter)</source>
        <translation>De menubalk openen (dan de pijltjestoetsen en Enter)</translation>
    </message>
    <message>
        <source>Ctrl+N, Ctrl+O</source>
        <translation>Ctrl+N, Ctrl+O</translation>
    </message>
    <message>
        <source>New network, open a network</source>
        <translation>Nieuw netwerk, een netwerk openen</translation>
    </message>
    <message>
        <source>Ctrl+Z, Ctrl+Y</source>
        <translation>Ctrl+Z, Ctrl+Y</translation>
    </message>
    <message>
        <source>Undo, redo</source>
        <translation>Ongedaan maken, opnieuw</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Poster or report as PDF</source>
        <translation>Poster of rapport als PDF</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Open or close the room</source>
        <translation>De zaal openen of sluiten</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hulp</translation>
    </message>
    <message>
        <source>Screen reader</source>
        <translation>Schermlezer</translation>
    </message>
    <message>
        <source>The wheel lists its rings, segments, locks, the line at 12 o&apos;clock and the post-its; a ring&apos;s actions turn it, and a new line is read out</source>
        <translation>Het wiel noemt zijn ringen, segmenten, sloten, de lijn op 12 uur en de geeltjes; de acties van een ring draaien hem, en een nieuwe lijn wordt voorgelezen</translation>
    </message>
</context>
<context>
    <name>LearningPathPanel</name>
    <message>
        <source>Moments</source>
        <translation>Momenten</translation>
    </message>
    <message>
        <source>No moments yet. Add moment A to start the learning path.</source>
        <translation>Nog geen momenten. Voeg moment A toe om het leerpad te beginnen.</translation>
    </message>
    <message>
        <source>Add moment…</source>
        <translation>Moment toevoegen…</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Metingen</translation>
    </message>
    <message>
        <source>Open or create a network to follow its learning path.</source>
        <translation>Open of maak een netwerk om het leerpad te volgen.</translation>
    </message>
    <message>
        <source>Add moment %1…</source>
        <translation>Moment %1 toevoegen…</translation>
    </message>
    <message>
        <source>Save a reasoning line first; its indicators are measured here.</source>
        <translation>Sla eerst een redeneerlijn op; de indicatoren ervan worden hier gemeten.</translation>
    </message>
    <message>
        <source>This reasoning line has no indicators yet (tab Indicators).</source>
        <translation>Deze redeneerlijn heeft nog geen indicatoren (tabblad Indicatoren).</translation>
    </message>
    <message>
        <source>Add a moment to record what the indicators show.</source>
        <translation>Voeg een moment toe om vast te leggen wat de indicatoren laten zien.</translation>
    </message>
    <message>
        <source>Learnings at %1: %2</source>
        <translation>Lessen bij %1: %2</translation>
    </message>
    <message>
        <source>Delete moment</source>
        <translation>Moment verwijderen</translation>
    </message>
    <message>
        <source>Delete moment %1 with its measurements and post-its? (Undo brings it back.)</source>
        <translation>Moment %1 met de metingen en geeltjes verwijderen? (Ongedaan maken haalt ze terug.)</translation>
    </message>
    <message>
        <source>Move this moment earlier on the path</source>
        <translation>Dit moment eerder op het leerpad</translation>
    </message>
    <message>
        <source>Move this moment later on the path</source>
        <translation>Dit moment later op het leerpad</translation>
    </message>
    <message>
        <source>Learning path</source>
        <translation>Leerpad</translation>
    </message>
</context>
<context>
    <name>LinePanel</name>
    <message>
        <source>Open or create a network; then turn the rings to a line.</source>
        <translation>Open of maak een netwerk en draai dan de ringen tot een redeneerlijn.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <source>Assumptions we make along this line</source>
        <translation>Aannames langs deze lijn</translation>
    </message>
    <message>
        <source>What must be true for one step to lead to the next?</source>
        <translation>Wat moet waar zijn om van de ene stap bij de volgende te komen?</translation>
    </message>
    <message>
        <source>Save line (Ctrl+S)</source>
        <translation>Lijn opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>the story of the step “%1”</source>
        <translation>het verhaal van de stap “%1”</translation>
    </message>
    <message>
        <source>Title of the new line:</source>
        <translation>Titel van de nieuwe lijn:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Not saved yet: the stories are kept until you save.</source>
        <translation>Nog niet opgeslagen: de verhalen blijven bewaard tot u opslaat.</translation>
    </message>
    <message>
        <source>The story of this step…</source>
        <translation>Het verhaal bij deze stap…</translation>
    </message>
    <message>
        <source>How plausible is this step made?</source>
        <translation>Hoe aannemelijk is deze stap gemaakt?</translation>
    </message>
    <message>
        <source>Add evidence…</source>
        <translation>Onderbouwing toevoegen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Save line</source>
        <translation>Lijn opslaan</translation>
    </message>
    <message>
        <source>You turned the rings away from “%1”. Update that line, or save a new one?</source>
        <translation>Je hebt de ringen weggedraaid van “%1”. Die lijn bijwerken, of een nieuwe lijn opslaan?</translation>
    </message>
    <message>
        <source>Update this line…</source>
        <translation>Deze lijn bijwerken…</translation>
    </message>
    <message>
        <source>Save as a new line</source>
        <translation>Opslaan als nieuwe lijn</translation>
    </message>
    <message>
        <source>Turned away from “%1”: update that line, or save this one as a new line.</source>
        <translation>Weggedraaid van “%1”: werk die lijn bij, of sla deze op als nieuwe lijn.</translation>
    </message>
    <message>
        <source>Saved line · %1 · weakest step: %2 (%3)</source>
        <translation>Opgeslagen lijn · %1 · zwakste stap: %2 (%3)</translation>
    </message>
    <message>
        <source>Update “%1”…</source>
        <translation>“%1” bijwerken…</translation>
    </message>
    <message>
        <source>Story: %1</source>
        <translation>Verhaal: %1</translation>
    </message>
    <message>
        <source>Reasoning line</source>
        <translation>Redeneerlijn</translation>
    </message>
    <message>
        <source>Update the saved line</source>
        <translation>De bewaarde lijn bijwerken</translation>
    </message>
    <message>
        <source>Evidence for this step</source>
        <translation>Onderbouwing van deze stap</translation>
    </message>
</context>
<context>
    <name>LineStatus</name>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Being investigated</source>
        <translation>In onderzoek</translation>
    </message>
    <message>
        <source>Supported by evidence</source>
        <translation>Onderbouwd</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Losgelaten</translation>
    </message>
</context>
<context>
    <name>LinesPanel</name>
    <message>
        <source>Rename…</source>
        <translation>Hernoemen…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>No network is open.</source>
        <translation>Er is geen netwerk geopend.</translation>
    </message>
    <message>
        <source>No saved lines yet. Turn the rings until a line tells a story, then save it with Ctrl+S.</source>
        <translation>Nog geen opgeslagen lijnen. Draai de ringen tot een lijn een verhaal vertelt en sla die op met Ctrl+S.</translation>
    </message>
    <message>
        <source>Rename line</source>
        <translation>Lijn hernoemen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>Lijn verwijderen</translation>
    </message>
    <message>
        <source>Delete the line “%1” with its indicators? Edit → Undo brings it back.</source>
        <translation>De lijn “%1” met haar indicatoren verwijderen? Bewerken → Ongedaan maken haalt haar terug.</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Dupliceren…</translation>
    </message>
    <message>
        <source>weakest step: %1 %2</source>
        <translation>zwakste stap: %1 %2</translation>
    </message>
    <message>
        <source>Duplicate line</source>
        <translation>Lijn dupliceren</translation>
    </message>
    <message>
        <source>Title of the copy</source>
        <translation>Titel van de kopie</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopie)</translation>
    </message>
    <message>
        <source>Saved lines</source>
        <translation>Bewaarde lijnen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>R&amp;oom</source>
        <translation>&amp;Zaal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hulp</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>&amp;New network…</source>
        <translation>&amp;Nieuw netwerk…</translation>
    </message>
    <message>
        <source>&amp;Open network…</source>
        <translation>Netwerk &amp;openen…</translation>
    </message>
    <message>
        <source>Connect to a &amp;team store…</source>
        <translation>Verbinden met een &amp;teamopslag…</translation>
    </message>
    <message>
        <source>&amp;Rename network…</source>
        <translation>Netwerk &amp;hernoemen…</translation>
    </message>
    <message>
        <source>D&amp;uplicate network</source>
        <translation>Netwerk &amp;dupliceren</translation>
    </message>
    <message>
        <source>&amp;Delete network…</source>
        <translation>Netwerk &amp;verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Close network</source>
        <translation>Netwerk &amp;sluiten</translation>
    </message>
    <message>
        <source>&amp;Import network (JSON)…</source>
        <translation>Netwerk &amp;importeren (JSON)…</translation>
    </message>
    <message>
        <source>&amp;Export network (JSON)…</source>
        <translation>Netwerk &amp;exporteren (JSON)…</translation>
    </message>
    <message>
        <source>&amp;Poster (PDF)…</source>
        <translation>&amp;Poster (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Save line</source>
        <translation>Lijn op&amp;slaan</translation>
    </message>
    <message>
        <source>Side &amp;panel</source>
        <translation>&amp;Zijpaneel</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Paneel</translation>
    </message>
    <message>
        <source>&amp;Focus</source>
        <translation>&amp;Focus</translation>
    </message>
    <message>
        <source>&amp;Lock ring</source>
        <translation>Ring &amp;vergrendelen</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Hoog contrast</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>&amp;Presentatie</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;About Netwerkimpact</source>
        <translation>&amp;Over Netwerkimpact</translation>
    </message>
    <message>
        <source>&amp;Keys and clicker</source>
        <translation>&amp;Toetsen en presenter</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>The whole model</source>
        <translation>Het hele model</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Kern</translation>
    </message>
    <message>
        <source>Reasoning line</source>
        <translation>Redeneerlijn</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lijnen</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicatoren</translation>
    </message>
    <message>
        <source>Learning path</source>
        <translation>Leerpad</translation>
    </message>
    <message>
        <source>Post-its</source>
        <translation>Geeltjes</translation>
    </message>
    <message>
        <source>%1 — %2 — Netwerkimpact</source>
        <translation>%1 — %2 — Netwerkimpact</translation>
    </message>
    <message>
        <source>%1 — Netwerkimpact</source>
        <translation>%1 — Netwerkimpact</translation>
    </message>
    <message>
        <source>Netwerkimpact</source>
        <translation>Netwerkimpact</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Line saved</source>
        <translation>Lijn opgeslagen</translation>
    </message>
    <message>
        <source>This line is saved already</source>
        <translation>Deze lijn is al opgeslagen</translation>
    </message>
    <message>
        <source>No connection to the server</source>
        <translation>Geen verbinding met de server</translation>
    </message>
    <message>
        <source>Connection to the server</source>
        <translation>Verbinding met de server</translation>
    </message>
    <message>
        <source>Open e&amp;xample</source>
        <translation>Voor&amp;beeld openen</translation>
    </message>
    <message>
        <source>&amp;Help: the model and a session</source>
        <translation>&amp;Hulp: het model en een sessie</translation>
    </message>
    <message>
        <source>Presentation &amp;screen</source>
        <translation>Presentatie&amp;scherm</translation>
    </message>
    <message>
        <source>The projector was disconnected: the wheel is back here</source>
        <translation>De beamer is losgekoppeld: het wiel staat weer hier</translation>
    </message>
    <message>
        <source>Automatic: the screen without this window</source>
        <translation>Automatisch: het scherm zonder dit venster</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (niet aangesloten)</translation>
    </message>
    <message>
        <source>Import post-&amp;its (CSV, Excel)…</source>
        <translation>Post-&amp;its importeren (CSV, Excel)…</translation>
    </message>
    <message>
        <source>Netwerkimpact was started again on this store: here it is</source>
        <translation>Netwerkimpact is nog eens gestart met deze opslag: hier is het venster</translation>
    </message>
    <message>
        <source>Import &amp;measurements (CSV, Excel)…</source>
        <translation>&amp;Metingen importeren (CSV, Excel)…</translation>
    </message>
</context>
<context>
    <name>MeasureBox</name>
    <message>
        <source>&amp;Indicator</source>
        <translation>&amp;Indicator</translation>
    </message>
    <message>
        <source>At &amp;moment</source>
        <translation>Op &amp;moment</translation>
    </message>
    <message>
        <source>Phones say their &amp;group</source>
        <translation>Telefoons noemen hun &amp;groep</translation>
    </message>
    <message>
        <source>Phones may tell &amp;stories of change</source>
        <translation>&amp;Telefoons mogen verhalen van verandering vertellen</translation>
    </message>
    <message>
        <source>Phones say which group their answer is for</source>
        <translation>Telefoons zeggen voor welke groep hun antwoord geldt</translation>
    </message>
    <message>
        <source>Indicator the phones measure</source>
        <translation>Indicator dat de telefoons meten</translation>
    </message>
    <message>
        <source>Moment of the measurement</source>
        <translation>Moment van de meting</translation>
    </message>
    <message>
        <source>Phones may tell stories of change</source>
        <translation>Telefoons mogen verhalen van verandering vertellen</translation>
    </message>
    <message>
        <source>No indicator</source>
        <translation>Geen indicator</translation>
    </message>
</context>
<context>
    <name>MomentColumns</name>
    <message>
        <source>Target: %1</source>
        <translation>Doel: %1</translation>
    </message>
    <message>
        <source>was %1 until %2 (%3)</source>
        <translation>was %1 tot %2 (%3)</translation>
    </message>
    <message>
        <source>not computable</source>
        <translation>niet te berekenen</translation>
    </message>
    <message>
        <source>Whole: %1</source>
        <translation>Geheel: %1</translation>
    </message>
    <message>
        <source>nothing recorded</source>
        <translation>niets vastgelegd</translation>
    </message>
</context>
<context>
    <name>MomentDialog</name>
    <message>
        <source>Edit moment</source>
        <translation>Moment bewerken</translation>
    </message>
    <message>
        <source>New moment</source>
        <translation>Nieuw moment</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What this moment looks at</source>
        <translation>Waar dit moment naar kijkt</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Focus</translation>
    </message>
    <message>
        <source>What did we learn?</source>
        <translation>Wat hebben we geleerd?</translation>
    </message>
    <message>
        <source>Learnings</source>
        <translation>Lessen</translation>
    </message>
    <message>
        <source>Moment not saved</source>
        <translation>Moment niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>NetworkDialogs</name>
    <message>
        <source>Netwerkimpact</source>
        <translation>Netwerkimpact</translation>
    </message>
    <message>
        <source>New network</source>
        <translation>Nieuw netwerk</translation>
    </message>
    <message>
        <source>Name of the network</source>
        <translation>Naam van het netwerk</translation>
    </message>
    <message>
        <source>Open network</source>
        <translation>Netwerk openen</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Rename network</source>
        <translation>Netwerk hernoemen</translation>
    </message>
    <message>
        <source>Delete network</source>
        <translation>Netwerk verwijderen</translation>
    </message>
    <message>
        <source>Delete the network “%1” with all its lines, indicators and post-its?
Until you close the program, Edit → Undo brings it back.</source>
        <translation>Het netwerk “%1” met al zijn lijnen, indicatoren en geeltjes verwijderen?
Tot u het programma sluit, haalt Bewerken → Ongedaan maken het terug.</translation>
    </message>
    <message>
        <source>Import network</source>
        <translation>Netwerk importeren</translation>
    </message>
    <message>
        <source>Netwerkimpact exchange (*.json)</source>
        <translation>Netwerkimpact-uitwisseling (*.json)</translation>
    </message>
    <message>
        <source>Export network</source>
        <translation>Netwerk exporteren</translation>
    </message>
</context>
<context>
    <name>NoteColour</name>
    <message>
        <source>yellow</source>
        <translation>geel</translation>
    </message>
    <message>
        <source>pink</source>
        <translation>roze</translation>
    </message>
    <message>
        <source>green</source>
        <translation>groen</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>blauw</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>oranje</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Edit post-it</source>
        <translation>Geeltje bewerken</translation>
    </message>
    <message>
        <source>New post-it</source>
        <translation>Nieuw geeltje</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Op</translation>
    </message>
    <message>
        <source>What does the post-it say?</source>
        <translation>Wat staat er op het geeltje?</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <source>No moment</source>
        <translation>Geen moment</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>this post-it</source>
        <translation>deze post-it</translation>
    </message>
    <message>
        <source>Post-it not saved</source>
        <translation>Geeltje niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>NoteReader</name>
    <message>
        <source>Close (Esc)</source>
        <translation>Sluiten (Esc)</translation>
    </message>
    <message>
        <source>Post-it %1 of %2</source>
        <translation>Post-it %1 van %2</translation>
    </message>
    <message>
        <source>Post-its of this segment</source>
        <translation>Geeltjes op dit segment</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Show</source>
        <translation>Toon</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Verplaats naar</translation>
    </message>
    <message>
        <source>Open or create a network to collect its post-its.</source>
        <translation>Open of maak een netwerk om de geeltjes te verzamelen.</translation>
    </message>
    <message>
        <source>all moments</source>
        <translation>alle momenten</translation>
    </message>
    <message>
        <source>moment %1</source>
        <translation>moment %1</translation>
    </message>
    <message>
        <source>No post-its yet. Double-click a segment of the wheel, or press Add, to stick one on.</source>
        <translation>Nog geen geeltjes. Dubbelklik op een segment van het wiel, of kies Toevoegen, om er een op te plakken.</translation>
    </message>
    <message>
        <source>No post-its for this moment.</source>
        <translation>Geen geeltjes bij dit moment.</translation>
    </message>
    <message>
        <source>Post-its</source>
        <translation>Post-its</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <source>On</source>
        <translation>Op</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>OutputActions</name>
    <message>
        <source>Export tables for E&amp;xcel…</source>
        <translation>Tabellen exporteren voor E&amp;xcel…</translation>
    </message>
    <message>
        <source>Export tables as &amp;CSV…</source>
        <translation>Tabellen exporteren als &amp;CSV…</translation>
    </message>
    <message>
        <source>Cop&amp;y wheel image</source>
        <translation>Wiel&amp;afbeelding kopiëren</translation>
    </message>
    <message>
        <source>Save wheel &amp;image (PNG, SVG)…</source>
        <translation>&amp;Wielafbeelding opslaan (PNG, SVG)…</translation>
    </message>
</context>
<context>
    <name>OutputDialogs</name>
    <message>
        <source>Netwerkimpact</source>
        <translation>Netwerkimpact</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files in a zip, comma-separated (*.zip)</source>
        <translation>CSV-bestanden in een zip, gescheiden door komma’s (*.zip)</translation>
    </message>
    <message>
        <source>CSV files in a zip, semicolon-separated for Dutch Excel (*.zip)</source>
        <translation>CSV-bestanden in een zip, gescheiden door puntkomma’s voor Nederlandse Excel (*.zip)</translation>
    </message>
    <message>
        <source>Export tables</source>
        <translation>Tabellen exporteren</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Geëxporteerd naar %1</translation>
    </message>
    <message>
        <source>The wheel is on the clipboard</source>
        <translation>Het wiel staat op het klembord</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-tekening (*.svg)</translation>
    </message>
    <message>
        <source>Save wheel image</source>
        <translation>Wielafbeelding opslaan</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 opgeslagen</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Step %1 of %2 · %3</source>
        <translation>Stap %1 van %2 · %3</translation>
    </message>
</context>
<context>
    <name>Plausibility</name>
    <message>
        <source>not judged yet</source>
        <translation>nog niet beoordeeld</translation>
    </message>
    <message>
        <source>not yet plausible</source>
        <translation>nog niet aannemelijk</translation>
    </message>
    <message>
        <source>partly plausible</source>
        <translation>deels aannemelijk</translation>
    </message>
    <message>
        <source>plausible</source>
        <translation>aannemelijk</translation>
    </message>
    <message>
        <source>well supported</source>
        <translation>goed onderbouwd</translation>
    </message>
</context>
<context>
    <name>PosterDialog</name>
    <message>
        <source>Poster (PDF)</source>
        <translation>Poster (PDF)</translation>
    </message>
    <message>
        <source>Workshop poster: the whole model, blank, to stick notes on</source>
        <translation>Werksessieposter: het hele model, leeg, om geeltjes op te plakken</translation>
    </message>
    <message>
        <source>Reasoning-line poster: the current line with its stories</source>
        <translation>Redeneerlijnposter: de huidige lijn met haar verhalen</translation>
    </message>
    <message>
        <source>Overview report (A4): core, lines, indicators, learnings</source>
        <translation>Overzichtsrapport (A4): kern, lijnen, indicatoren, lessen</translation>
    </message>
    <message>
        <source>Poster size:</source>
        <translation>Postermaat:</translation>
    </message>
    <message>
        <source>Portrait (posters are landscape by default)</source>
        <translation>Staand (posters zijn standaard liggend)</translation>
    </message>
    <message>
        <source>Save the line first to make its poster.</source>
        <translation>Sla de lijn eerst op om er een poster van te maken.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF saved: %1</source>
        <translation>PDF opgeslagen: %1</translation>
    </message>
    <message>
        <source>Session poster: the wheel with every post-it, their texts listed beside it</source>
        <translation>Sessieposter: het wiel met alle post-its, hun teksten ernaast op een rij</translation>
    </message>
    <message>
        <source>on one sheet</source>
        <translation>op één vel</translation>
    </message>
    <message>
        <source>in tiles on %1, to glue</source>
        <translation>in tegels op %1, om te plakken</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>F5 or F11</source>
        <translation>F5 of F11</translation>
    </message>
    <message>
        <source>Start presentation mode (full screen)</source>
        <translation>Presentatiemodus starten (volledig scherm)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>Presentatiemodus verlaten</translation>
    </message>
    <message>
        <source>PageDown, →</source>
        <translation>PageDown, →</translation>
    </message>
    <message>
        <source>Turn the selected ring one segment clockwise</source>
        <translation>De gekozen ring één segment met de klok mee draaien</translation>
    </message>
    <message>
        <source>PageUp, ←</source>
        <translation>PageUp, ←</translation>
    </message>
    <message>
        <source>Turn the selected ring one segment anticlockwise</source>
        <translation>De gekozen ring één segment tegen de klok in draaien</translation>
    </message>
    <message>
        <source>1, 2, 3, 4</source>
        <translation>1, 2, 3, 4</translation>
    </message>
    <message>
        <source>Select a ring, from the inside out</source>
        <translation>Een ring kiezen, van binnen naar buiten</translation>
    </message>
    <message>
        <source>Shift+Tab</source>
        <translation>Shift+Tab</translation>
    </message>
    <message>
        <source>Select the previous ring</source>
        <translation>De vorige ring kiezen</translation>
    </message>
    <message>
        <source>S, Ctrl+S</source>
        <translation>S, Ctrl+S</translation>
    </message>
    <message>
        <source>Save the active reasoning line</source>
        <translation>De actieve redeneerlijn bewaren</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>High contrast on or off (for a washed-out projector)</source>
        <translation>Hoog contrast aan of uit (voor een flets projectiebeeld)</translation>
    </message>
    <message>
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <source>Show or hide the side panel (main window)</source>
        <translation>Zijpaneel tonen of verbergen (hoofdvenster)</translation>
    </message>
    <message>
        <source>Mouse, finger</source>
        <translation>Muis, vinger</translation>
    </message>
    <message>
        <source>Drag or flick a ring to turn it; it stops on a segment</source>
        <translation>Sleep of veeg een ring om hem te draaien; hij stopt op een segment</translation>
    </message>
    <message>
        <source>Presentation — Netwerkimpact</source>
        <translation>Presentatie — Netwerkimpact</translation>
    </message>
    <message>
        <source>Open a network to save lines</source>
        <translation>Open een netwerk om lijnen te bewaren</translation>
    </message>
    <message>
        <source>This line is saved already</source>
        <translation>Deze lijn is al bewaard</translation>
    </message>
    <message>
        <source>Line saved</source>
        <translation>Lijn bewaard</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Open or close the room (phones send post-its)</source>
        <translation>De zaal openen of sluiten (telefoons sturen geeltjes)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Select the next ring</source>
        <translation>De volgende ring kiezen</translation>
    </message>
    <message>
        <source>B, .</source>
        <translation>B, .</translation>
    </message>
    <message>
        <source>Black screen on the projector, and back (a clicker&apos;s “blank” key)</source>
        <translation>Zwart beeld op de beamer, en terug (de ‘blank’-toets van een presenter)</translation>
    </message>
    <message>
        <source>W, C, Q</source>
        <translation>W, C, Q</translation>
    </message>
    <message>
        <source>Show the wheel only, the chain only, the room&apos;s QR code; again: both</source>
        <translation>Alleen het wiel, alleen de keten, de QR-code van de zaal tonen; nog eens: beide</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Check the projector: contrast steps, smallest label</source>
        <translation>De beamer testen: contraststappen, kleinste label</translation>
    </message>
    <message>
        <source>N, P</source>
        <translation>N, P</translation>
    </message>
    <message>
        <source>Turn to the next or previous saved line</source>
        <translation>Naar de volgende of vorige bewaarde lijn draaien</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <source>Wheel and chain</source>
        <translation>Wiel en keten</translation>
    </message>
    <message>
        <source>Wheel only</source>
        <translation>Alleen het wiel</translation>
    </message>
    <message>
        <source>Chain only</source>
        <translation>Alleen de keten</translation>
    </message>
    <message>
        <source>QR code of the room</source>
        <translation>QR-code van de zaal</translation>
    </message>
    <message>
        <source>Black screen</source>
        <translation>Zwart beeld</translation>
    </message>
    <message>
        <source>Check the projector</source>
        <translation>Beamer testen</translation>
    </message>
    <message>
        <source>No room is open.
Open a room to show its QR code here, so that everyone can add notes from their phone.</source>
        <translation>Er is geen zaal open.
Open een zaal om hier de QR-code te tonen, zodat iedereen vanaf de eigen telefoon geeltjes kan toevoegen.</translation>
    </message>
    <message>
        <source>The smallest label on the wheel ({size} px): can the back row read this?</source>
        <translation>Het kleinste label op het wiel ({size} px): kan de achterste rij dit lezen?</translation>
    </message>
    <message>
        <source>If the steps at either end melt together, or the small line cannot be read from the back row, press H for high contrast, dim the room or move the chairs closer. T again: back to the wheel.</source>
        <translation>Lopen de stappen aan een van beide kanten in elkaar over, of is de kleine regel achterin niet te lezen, druk dan op H voor hoog contrast, maak de zaal donkerder of zet de stoelen dichterbij. Nog eens T: terug naar het wiel.</translation>
    </message>
</context>
<context>
    <name>QuickBar</name>
    <message>
        <source>Post-it: type and press Enter (“%1: …” picks a segment; 1–4, ←→)</source>
        <translation>Post-it: typ en druk op Enter (“%1: …” kiest een segment; 1–4, ←→)</translation>
    </message>
    <message>
        <source>More than one segment starts like that: type more letters</source>
        <translation>Meer dan één segment begint zo: typ meer letters</translation>
    </message>
    <message>
        <source>No segment starts like that</source>
        <translation>Geen segment begint zo</translation>
    </message>
    <message>
        <source>Too long for one post-it</source>
        <translation>Te lang voor één post-it</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>A pasted line is too long for one post-it</source>
        <translation>Een geplakte regel is te lang voor één post-it</translation>
    </message>
    <message numerus="yes">
        <source>Added %n post-it(s)</source>
        <translation>
            <numerusform>%n post-it toegevoegd</numerusform>
            <numerusform>%n post-its toegevoegd</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste post-its</source>
        <translation>Post-its plakken</translation>
    </message>
    <message numerus="yes">
        <source>Add %n post-it(s), one per line, to %1?</source>
        <translation>
            <numerusform>%n post-it, één per regel, toevoegen aan %1?</numerusform>
            <numerusform>%n post-its, één per regel, toevoegen aan %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>New post-it</source>
        <translation>Nieuw geeltje</translation>
    </message>
</context>
<context>
    <name>RecordButtons</name>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>ReworkDialog</name>
    <message>
        <source>Update line</source>
        <translation>Lijn bijwerken</translation>
    </message>
    <message>
        <source>“%1” will pass the segments now in focus. Steps that did not change keep their story and indicators. What happens to the steps that changed?</source>
        <translation>“%1” gaat door de segmenten die nu in focus staan. Stappen die niet veranderden houden hun verhaal en indicatoren. Wat gebeurt er met de stappen die veranderden?</translation>
    </message>
    <message>
        <source>Keep the story and indicators on this step</source>
        <translation>Verhaal en indicatoren bij deze stap houden</translation>
    </message>
    <message>
        <source>Move them along with the old segment to a new line</source>
        <translation>Met het oude segment meeschuiven naar een nieuwe lijn</translation>
    </message>
    <message>
        <source>Drop them</source>
        <translation>Weglaten</translation>
    </message>
    <message>
        <source>%1 (earlier)</source>
        <translation>%1 (eerder)</translation>
    </message>
    <message>
        <source>Title of the new line</source>
        <translation>Titel van de nieuwe lijn</translation>
    </message>
    <message>
        <source>Line not updated</source>
        <translation>Lijn niet bijgewerkt</translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message numerus="yes">
        <source>Accept %n post-it(s) from the room</source>
        <translation>
            <numerusform>%n geeltje uit de zaal toelaten</numerusform>
            <numerusform>%n geeltjes uit de zaal toelaten</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject a post-it from the room</source>
        <translation>Post-it uit de zaal weigeren</translation>
    </message>
    <message>
        <source>Accept a measurement from the room</source>
        <translation>Meting uit de zaal toelaten</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n item(s) from the room</source>
        <translation>
            <numerusform>%n inzending uit de zaal toelaten</numerusform>
            <numerusform>%n inzendingen uit de zaal toelaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n measurement(s) from the room</source>
        <translation>
            <numerusform>%n meting uit de zaal toelaten</numerusform>
            <numerusform>%n metingen uit de zaal toelaten</numerusform>
        </translation>
    </message>
    <message>
        <source>the room (%1)</source>
        <translation>de zaal (%1)</translation>
    </message>
    <message>
        <source>the room</source>
        <translation>de zaal</translation>
    </message>
    <message>
        <source>Photo with an answer to %1: %2</source>
        <translation>Foto bij een antwoord op %1: %2</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Wat veranderde</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Voor wie</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Waarom het ertoe doet</translation>
    </message>
    <message>
        <source>What the network contributed</source>
        <translation>Wat het netwerk bijdroeg</translation>
    </message>
    <message>
        <source>Accept a story of change from the room</source>
        <translation>Verhaal van verandering uit de zaal toelaten</translation>
    </message>
</context>
<context>
    <name>RoomCard</name>
    <message>
        <source>Scan the code with your phone, or go to</source>
        <translation>Scan de code met je telefoon, of ga naar</translation>
    </message>
    <message>
        <source>and type the code %1</source>
        <translation>en typ de code %1</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Vraag: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n answer(s)</source>
        <translation>
            <numerusform>%1: %n antwoord</numerusform>
            <numerusform>%1: %n antwoorden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomDock</name>
    <message>
        <source>The room cannot open</source>
        <translation>De zaal kan niet open</translation>
    </message>
    <message>
        <source>Netwerkimpact could not start listening for phones:
%1</source>
        <translation>Netwerkimpact kon niet gaan luisteren naar telefoons:
%1</translation>
    </message>
    <message>
        <source>Post-its are waiting</source>
        <translation>Er wachten nog geeltjes</translation>
    </message>
    <message>
        <source>Close the &amp;room</source>
        <translation>&amp;Zaal sluiten</translation>
    </message>
    <message>
        <source>Open the &amp;room…</source>
        <translation>&amp;Zaal openen…</translation>
    </message>
    <message>
        <source>Room &amp;panel</source>
        <translation>Zaal&amp;paneel</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Zaal</translation>
    </message>
    <message numerus="yes">
        <source>%n post-it(s) from the room could not be kept in the store. They are lost if you quit now. Quit anyway?</source>
        <translation>
            <numerusform>%n geeltje uit de zaal kon niet worden bewaard. Het gaat verloren als je nu afsluit. Toch afsluiten?</numerusform>
            <numerusform>%n geeltjes uit de zaal konden niet worden bewaard. Ze gaan verloren als je nu afsluit. Toch afsluiten?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <source>&amp;Question for the phones</source>
        <translation>&amp;Vraag aan de telefoons</translation>
    </message>
    <message>
        <source>Close the room</source>
        <translation>Zaal sluiten</translation>
    </message>
    <message>
        <source>Open the room</source>
        <translation>Zaal openen</translation>
    </message>
    <message>
        <source>Open the room to let participants add post-its from their phones, over the local network (no internet needed).</source>
        <translation>Open de zaal om deelnemers geeltjes te laten sturen vanaf hun telefoon, via het lokale netwerk (geen internet nodig).</translation>
    </message>
    <message>
        <source>The room is open, but this computer is on no local network: only it can reach the room. Connect to the venue&apos;s Wi-Fi or start a hotspot, then close and open the room again.</source>
        <translation>De zaal is open, maar deze computer zit op geen lokaal netwerk: alleen hijzelf kan de zaal bereiken. Verbind met de wifi van de locatie of start een hotspot, en sluit en open de zaal dan opnieuw.</translation>
    </message>
    <message>
        <source>The room is open.</source>
        <translation>De zaal is open.</translation>
    </message>
    <message>
        <source>No question</source>
        <translation>Geen vraag</translation>
    </message>
</context>
<context>
    <name>RoomQueue</name>
    <message>
        <source>Accept (Enter)</source>
        <translation>Toelaten (Enter)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Reject (Del)</source>
        <translation>Weigeren (Del)</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Alles toelaten</translation>
    </message>
    <message>
        <source>Answer to: %1</source>
        <translation>Antwoord op: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n post-it(s) waiting</source>
        <translation>
            <numerusform>%n geeltje wacht</numerusform>
            <numerusform>%n geeltjes wachten</numerusform>
        </translation>
    </message>
    <message>
        <source>No post-its waiting. They appear here as phones send them.</source>
        <translation>Geen geeltjes die wachten. Ze verschijnen hier zodra telefoons ze sturen.</translation>
    </message>
    <message>
        <source>Post-it not saved</source>
        <translation>Geeltje niet opgeslagen</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) to the indicator came in</source>
        <translation>
            <numerusform>%n antwoord op de indicator binnengekomen</numerusform>
            <numerusform>%n antwoorden op de indicator binnengekomen</numerusform>
        </translation>
    </message>
    <message>
        <source>the whole</source>
        <translation>het geheel</translation>
    </message>
    <message>
        <source>Measurement: %1</source>
        <translation>Meting: %1</translation>
    </message>
    <message>
        <source>Story of change: %1</source>
        <translation>Verhaal van verandering: %1</translation>
    </message>
    <message>
        <source>Story not placed</source>
        <translation>Verhaal niet geplaatst</translation>
    </message>
    <message>
        <source>None of the segments this story was told for is a step of a saved line. Save a line through one of them, then accept it again.</source>
        <translation>Geen van de segmenten waarvoor dit verhaal verteld is, is een stap van een bewaarde lijn. Bewaar een lijn door een van die segmenten en laat het dan opnieuw toe.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Lijn %1</translation>
    </message>
    <message>
        <source>Story for which line?</source>
        <translation>Verhaal bij welke lijn?</translation>
    </message>
    <message>
        <source>This story fits no step of the current line. Put it on:</source>
        <translation>Dit verhaal past bij geen stap van de huidige lijn. Zet het bij:</translation>
    </message>
    <message>
        <source>Waiting post-its</source>
        <translation>Wachtende geeltjes</translation>
    </message>
</context>
<context>
    <name>SavedNotice</name>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 openen</translation>
    </message>
    <message>
        <source>Close this notice</source>
        <translation>Deze melding sluiten</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Kleuren</translation>
    </message>
    <message>
        <source>Data is stored in</source>
        <translation>Gegevens staan in</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Map &amp;openen</translation>
    </message>
    <message>
        <source>Calm</source>
        <translation>Rustig</translation>
    </message>
    <message>
        <source>High contrast (for washed-out projectors)</source>
        <translation>Hoog contrast (voor een flets projectiebeeld)</translation>
    </message>
    <message>
        <source>Changes take effect at once. The last network you worked on and the size of the window are remembered by themselves. To use another store file, start the program with --db FILE.</source>
        <translation>Wijzigingen gelden meteen. Het laatst gebruikte netwerk en de grootte van het venster worden vanzelf onthouden. Start het programma met --db BESTAND om een ander gegevensbestand te gebruiken.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Netwerkimpact</source>
        <translation>Netwerkimpact</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>New network…</source>
        <translation>Nieuw netwerk…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <source>Team store: %1</source>
        <translation>Teamopslag: %1</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Opslag: %1</translation>
    </message>
    <message>
        <source>There are no networks in this store yet. Start with a new network, or open an example to see how a network works with the model.</source>
        <translation>Er staan nog geen netwerken in deze opslag. Begin met een nieuw netwerk, of open een voorbeeld om te zien hoe een netwerk met het model werkt.</translation>
    </message>
    <message>
        <source>Open example</source>
        <translation>Voorbeeld openen</translation>
    </message>
    <message>
        <source>Networks in this store</source>
        <translation>Netwerken in deze opslag</translation>
    </message>
</context>
<context>
    <name>StoreMessages</name>
    <message>
        <source>No backup could be made</source>
        <translation>Er kon geen reservekopie worden gemaakt</translation>
    </message>
    <message>
        <source>Before changing the store, Netwerkimpact makes a backup beside it. That did not work, so nothing was changed:</source>
        <translation>Voordat Netwerkimpact de opslag verandert, maakt het er een reservekopie naast. Dat lukte niet, dus er is niets veranderd:</translation>
    </message>
    <message>
        <source>This backup cannot be restored</source>
        <translation>Deze reservekopie kan niet worden teruggezet</translation>
    </message>
    <message>
        <source>The file %1 is not a whole Netwerkimpact store:</source>
        <translation>Het bestand %1 is geen volledige Netwerkimpact-opslag:</translation>
    </message>
    <message>
        <source>Close Netwerkimpact and start it again</source>
        <translation>Sluit Netwerkimpact en start het opnieuw</translation>
    </message>
    <message>
        <source>Netwerkimpact lost its hold on the store %1: something on this computer opened and closed the file. Everything up to now is saved. To keep the store whole, nothing more is written until you close the program and start it again.</source>
        <translation>Netwerkimpact heeft zijn greep op de opslag %1 verloren: iets op deze computer heeft het bestand geopend en weer gesloten. Alles tot nu toe is bewaard. Om de opslag heel te houden wordt er niets meer geschreven tot u het programma sluit en opnieuw start.</translation>
    </message>
    <message>
        <source>Another network is already named “%1”; choose another name.</source>
        <translation>Een ander netwerk heet al “%1”; kies een andere naam.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet bewaard</translation>
    </message>
    <message>
        <source>Not saved: no connection</source>
        <translation>Niet opgeslagen: geen verbinding</translation>
    </message>
    <message>
        <source>The connection to the team store&apos;s server is lost, so this change was not saved. The window keeps showing what it showed; Netwerkimpact connects again by itself and then shows the latest version. Make the change again after that.</source>
        <translation>De verbinding met de server van de teamopslag is verbroken, dus deze wijziging is niet opgeslagen. Het venster blijft tonen wat het toonde; Netwerkimpact maakt zelf opnieuw verbinding en toont dan de nieuwste versie. Breng de wijziging daarna opnieuw aan.</translation>
    </message>
    <message>
        <source>The server cannot be reached</source>
        <translation>De server is niet bereikbaar</translation>
    </message>
    <message>
        <source>The team store (%1) cannot be reached: the server is down, the address is wrong or the connection was lost. Nothing was changed; try again later.</source>
        <translation>De teamopslag (%1) wordt niet bereikt: de server staat uit, het adres klopt niet of de verbinding is verbroken. Er is niets veranderd; probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>The server refused the login</source>
        <translation>De server weigert de aanmelding</translation>
    </message>
    <message>
        <source>The server refused the login for the team store (%1): a wrong password or user name, or no access to this database. Check your password file (.pgpass) or ask whoever looks after the server.</source>
        <translation>De server weigert de aanmelding bij de teamopslag (%1): een verkeerd wachtwoord of een verkeerde gebruikersnaam, of geen toegang tot deze database. Controleer uw wachtwoordbestand (.pgpass) of vraag het aan wie de server beheert.</translation>
    </message>
    <message>
        <source>The server took too long</source>
        <translation>De server deed er te lang over</translation>
    </message>
    <message>
        <source>The team store (%1) took too long to answer, so this was stopped and not saved. Try again in a moment.</source>
        <translation>De teamopslag (%1) deed er te lang over om te antwoorden; dit is gestopt en niet opgeslagen. Probeer het zo nog eens.</translation>
    </message>
    <message>
        <source>The team store is read-only for you</source>
        <translation>U mag de teamopslag alleen lezen</translation>
    </message>
    <message>
        <source>You may only read the team store (%1): you can look, export and print, but not change it. Ask whoever looks after the server for a member&apos;s role.</source>
        <translation>U mag de teamopslag (%1) alleen lezen: u kunt kijken, exporteren en afdrukken, maar niets veranderen. Vraag wie de server beheert om een rol als lid.</translation>
    </message>
    <message>
        <source>The team store (%1) was made by a newer version of Netwerkimpact (schema %2). Use that version to open it.</source>
        <translation>De teamopslag (%1) is gemaakt door een nieuwere versie van Netwerkimpact (schema %2). Open hem met die versie.</translation>
    </message>
    <message>
        <source>The database (%1) belongs to another program or is empty for reading: it is not a Netwerkimpact store. It was left untouched.</source>
        <translation>De database (%1) hoort bij een ander programma of is leeg om te lezen: het is geen Netwerkimpact-opslag. Er is niets aan veranderd.</translation>
    </message>
    <message>
        <source>The store is damaged</source>
        <translation>De opslag is beschadigd</translation>
    </message>
    <message>
        <source>The team store (%1) is missing parts of its tables. Ask whoever looks after the server to restore it from a backup.</source>
        <translation>Van de teamopslag (%1) ontbreken delen van de tabellen. Vraag wie de server beheert hem uit een reservekopie terug te zetten.</translation>
    </message>
    <message>
        <source>Upgrading the team store (%1) to this version failed; it is unchanged.</source>
        <translation>Het bijwerken van de teamopslag (%1) naar deze versie is mislukt; hij is onveranderd.</translation>
    </message>
    <message>
        <source>The team store (%1) cannot be used. It was left untouched.</source>
        <translation>De teamopslag (%1) kan niet worden gebruikt. Er is niets aan veranderd.</translation>
    </message>
    <message>
        <source>The store %1 is damaged: a part of it can no longer be read. Restore one of its backups; the damaged file is kept aside.</source>
        <translation>De opslag %1 is beschadigd: een deel ervan kan niet meer worden gelezen. Zet een van de reservekopieën terug; het beschadigde bestand wordt apart bewaard.</translation>
    </message>
    <message>
        <source>The store is read-only</source>
        <translation>De opslag is alleen-lezen</translation>
    </message>
    <message>
        <source>The store %1 is on a read-only disk or in a folder you may not change. You can look at it, export and print, but not change it. Copy it to a place you can write to, or open another store.</source>
        <translation>De opslag %1 staat op een alleen-lezen schijf of in een map die u niet mag wijzigen. U kunt hem bekijken, exporteren en afdrukken, maar niet wijzigen. Kopieer hem naar een plek waar u kunt schrijven, of open een andere opslag.</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>De schijf is vol</translation>
    </message>
    <message>
        <source>The disk that holds %1 is full, so the change was not saved. Nothing was lost. Make room on the disk and try again.</source>
        <translation>De schijf met %1 is vol, dus de wijziging is niet bewaard. Er is niets verloren gegaan. Maak ruimte op de schijf en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The store is in use</source>
        <translation>De opslag is in gebruik</translation>
    </message>
    <message>
        <source>The store %1 is in use by another program (perhaps a second Netwerkimpact). Close it, or wait a moment, and try again.</source>
        <translation>De opslag %1 is in gebruik door een ander programma (misschien een tweede Netwerkimpact). Sluit dat, of wacht even, en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>No permission</source>
        <translation>Geen toestemming</translation>
    </message>
    <message>
        <source>You do not have permission to use %1 or its folder. Ask whoever manages this computer, or choose another place for the store.</source>
        <translation>U hebt geen toestemming om %1 of de map ervan te gebruiken. Vraag het de beheerder van deze computer, of kies een andere plek voor de opslag.</translation>
    </message>
    <message>
        <source>The store cannot be made here</source>
        <translation>De opslag kan hier niet worden gemaakt</translation>
    </message>
    <message>
        <source>A store cannot be made at %1: a part of that path is a file, not a folder. Choose another place.</source>
        <translation>Op %1 kan geen opslag worden gemaakt: een deel van dat pad is een bestand, geen map. Kies een andere plek.</translation>
    </message>
    <message>
        <source>The store cannot be reached</source>
        <translation>De opslag is niet bereikbaar</translation>
    </message>
    <message>
        <source>The disk that holds %1 could not be read or written. Check the disk (is a USB stick or network drive still there?) and try again.</source>
        <translation>De schijf met %1 kon niet worden gelezen of beschreven. Controleer de schijf (zit de USB-stick of netwerkschijf er nog?) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The store is from a newer version</source>
        <translation>De opslag komt uit een nieuwere versie</translation>
    </message>
    <message>
        <source>The store %1 was made by a newer version of Netwerkimpact (schema %2). Use that version to open it.</source>
        <translation>De opslag %1 is gemaakt door een nieuwere versie van Netwerkimpact (schema %2). Open hem met die versie.</translation>
    </message>
    <message>
        <source>The store could not be upgraded</source>
        <translation>De opslag kon niet worden bijgewerkt</translation>
    </message>
    <message>
        <source>Upgrading the store %1 to this version failed; it is unchanged. A copy was made first: %2</source>
        <translation>Het bijwerken van de opslag %1 naar deze versie is mislukt; hij is onveranderd. Eerst is een kopie gemaakt: %2</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>Het bestand is leeg</translation>
    </message>
    <message>
        <source>The file %1 is empty (0 bytes): it holds no store. It was left untouched.</source>
        <translation>Het bestand %1 is leeg (0 bytes): er staat geen opslag in. Het is niet aangeraakt.</translation>
    </message>
    <message>
        <source>This is not a store</source>
        <translation>Dit is geen opslag</translation>
    </message>
    <message>
        <source>The file %1 is not a Netwerkimpact store (it is a folder, a text file or another program&apos;s file). It was left untouched.</source>
        <translation>Het bestand %1 is geen Netwerkimpact-opslag (het is een map, een tekstbestand of een bestand van een ander programma). Het is niet aangeraakt.</translation>
    </message>
    <message>
        <source>The store cannot be used</source>
        <translation>De opslag kan niet worden gebruikt</translation>
    </message>
    <message>
        <source>The store %1 cannot be used. It was left untouched.</source>
        <translation>De opslag %1 kan niet worden gebruikt. Hij is niet aangeraakt.</translation>
    </message>
    <message>
        <source>Another network already has this name; choose another.</source>
        <translation>Een ander netwerk heeft deze naam al; kies een andere.</translation>
    </message>
    <message>
        <source>This file cannot be imported: it is not a whole Netwerkimpact exchange file. The store was not changed.</source>
        <translation>Dit bestand kan niet worden geïmporteerd: het is geen volledig Netwerkimpact-uitwisselingsbestand. De opslag is niet veranderd.</translation>
    </message>
    <message>
        <source>That file is a database (perhaps another store); it was not overwritten. Choose another name.</source>
        <translation>Dat bestand is een database (misschien een andere opslag); het is niet overschreven. Kies een andere naam.</translation>
    </message>
    <message>
        <source>That name is a folder or a special file, not a file; choose a file name.</source>
        <translation>Die naam is een map of een speciaal bestand, geen bestand; kies een bestandsnaam.</translation>
    </message>
    <message>
        <source>That file is read-only; it was left as it was. Choose another name.</source>
        <translation>Dat bestand is alleen-lezen; het is gelaten zoals het was. Kies een andere naam.</translation>
    </message>
    <message>
        <source>That file is the store itself (or one of its backups); choose another name. The store was left as it was.</source>
        <translation>Dat bestand is de opslag zelf (of een van de reservekopieën); kies een andere naam. De opslag is gebleven zoals hij was.</translation>
    </message>
    <message>
        <source>The file could not be written (a full or read-only disk, or no permission). A file that was there before is whole.</source>
        <translation>Het bestand kon niet worden geschreven (een volle of alleen-lezen schijf, of geen toestemming). Een bestand dat er al stond, is heel gebleven.</translation>
    </message>
    <message>
        <source>Someone else changed this meanwhile; your change was not saved. What is shown now is their version: make your change again if it is still needed.</source>
        <translation>Iemand anders heeft dit intussen gewijzigd; uw wijziging is niet opgeslagen. Wat u nu ziet is hun versie: breng uw wijziging opnieuw aan als die nog nodig is.</translation>
    </message>
    <message>
        <source>What you are working on was removed meanwhile.</source>
        <translation>Waar u aan werkt, is intussen verwijderd.</translation>
    </message>
    <message>
        <source>This cannot be put back: what it belonged to is gone.</source>
        <translation>Dit kan niet worden teruggezet: waar het bij hoorde, bestaat niet meer.</translation>
    </message>
    <message>
        <source>This part of the model does not exist in this version.</source>
        <translation>Dit deel van het model bestaat niet in deze versie.</translation>
    </message>
    <message>
        <source>This value cannot be saved:</source>
        <translation>Deze waarde kan niet worden bewaard:</translation>
    </message>
    <message>
        <source>The change could not be saved:</source>
        <translation>De wijziging kon niet worden bewaard:</translation>
    </message>
    <message>
        <source>Something went wrong; what you just did may not have been saved:</source>
        <translation>Er ging iets mis; wat u zojuist deed is misschien niet bewaard:</translation>
    </message>
</context>
<context>
    <name>StoreProblemDialog</name>
    <message>
        <source>Restore the chosen backup</source>
        <translation>Gekozen reservekopie terugzetten</translation>
    </message>
    <message>
        <source>There are no backups beside this store.</source>
        <translation>Er staan geen reservekopieën naast deze opslag.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Ander bestand openen…</translation>
    </message>
    <message>
        <source>Start a new store…</source>
        <translation>Nieuwe opslag beginnen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Backups beside the store, newest first:</source>
        <translation>Reservekopieën naast de opslag, nieuwste eerst:</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netwerken</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>onleesbaar</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Dagelijkse reservekopie</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Vóór een update</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vóór het terugzetten</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Open a store</source>
        <translation>Opslag openen</translation>
    </message>
    <message>
        <source>New store</source>
        <translation>Nieuwe opslag</translation>
    </message>
</context>
<context>
    <name>TakeAlongDialog</name>
    <message>
        <source>Take along for offline use</source>
        <translation>Meenemen voor offline gebruik</translation>
    </message>
    <message>
        <source>Copy a network from the team store into this computer&apos;s store, to work on it where there is no internet. The team store shows it as taken along until you bring it back.</source>
        <translation>Kopieer een netwerk uit de teamopslag naar de opslag op deze computer, om eraan te werken waar geen internet is. De teamopslag toont het als meegenomen tot u het terugbrengt.</translation>
    </message>
    <message>
        <source>&amp;Team store</source>
        <translation>&amp;Teamopslag</translation>
    </message>
    <message>
        <source>postgresql://server/database</source>
        <translation>postgresql://server/database</translation>
    </message>
    <message>
        <source>Address of the team store</source>
        <translation>Adres van de teamopslag</translation>
    </message>
    <message>
        <source>&amp;Show networks</source>
        <translation>&amp;Netwerken tonen</translation>
    </message>
    <message>
        <source>Show the team store&apos;s networks</source>
        <translation>De netwerken van de teamopslag tonen</translation>
    </message>
    <message>
        <source>Networks in the team store</source>
        <translation>Netwerken in de teamopslag</translation>
    </message>
    <message>
        <source>&amp;Take along</source>
        <translation>&amp;Meenemen</translation>
    </message>
    <message>
        <source>Fill in the team store&apos;s address.</source>
        <translation>Vul het adres van de teamopslag in.</translation>
    </message>
    <message>
        <source>%1 — taken along by %2 (%3) since %4</source>
        <translation>%1 — meegenomen door %2 (%3) sinds %4</translation>
    </message>
    <message>
        <source>The team store has no networks yet.</source>
        <translation>De teamopslag heeft nog geen netwerken.</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Target of “%1”</source>
        <translation>Doel van “%1”</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Target of the whole or of a group</source>
        <translation>Doel van het geheel of van een groep</translation>
    </message>
    <message>
        <source>the whole</source>
        <translation>het geheel</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>a number, e.g. 40</source>
        <translation>een getal, bijvoorbeeld 40</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Doelwaarde</translation>
    </message>
    <message>
        <source>or in words, e.g. “most teachers”</source>
        <translation>of in woorden, bijvoorbeeld “de meeste leraren”</translation>
    </message>
    <message>
        <source>Target in words</source>
        <translation>Doel in woorden</translation>
    </message>
    <message>
        <source>Why this target (or why it changed)?</source>
        <translation>Waarom dit doel (of waarom het veranderde)?</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Eerder</translation>
    </message>
    <message>
        <source>No target set yet.</source>
        <translation>Nog geen doel gesteld.</translation>
    </message>
    <message>
        <source>Add a moment first.</source>
        <translation>Voeg eerst een moment toe.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” is geen getal.</translation>
    </message>
    <message>
        <source>Target not saved</source>
        <translation>Doel niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>TeamActions</name>
    <message>
        <source>Take a&amp;long for offline use…</source>
        <translation>Meenemen voor o&amp;ffline gebruik…</translation>
    </message>
    <message>
        <source>Bring &amp;back to the team store…</source>
        <translation>&amp;Terugbrengen naar de teamopslag…</translation>
    </message>
    <message>
        <source>Release the taken-along mar&amp;k…</source>
        <translation>Mar&amp;kering ‘meegenomen’ opheffen…</translation>
    </message>
    <message>
        <source>Taken along</source>
        <translation>Meegenomen</translation>
    </message>
    <message>
        <source>Taken along by %1 (%2) since %3: changes made here stay, but bringing it back will then keep both versions</source>
        <translation>Meegenomen door %1 (%2) sinds %3: wijzigingen hier blijven, maar bij terugbrengen worden dan beide versies bewaard</translation>
    </message>
    <message>
        <source>“%1” is taken along: it is in this computer&apos;s store now</source>
        <translation>“%1” is meegenomen: het staat nu in de opslag op deze computer</translation>
    </message>
    <message>
        <source>Take along for offline use</source>
        <translation>Meenemen voor offline gebruik</translation>
    </message>
    <message>
        <source>“%1” is taken along into %2</source>
        <translation>“%1” is meegenomen naar %2</translation>
    </message>
    <message>
        <source>“%1” is brought back to the team store</source>
        <translation>“%1” is teruggebracht naar de teamopslag</translation>
    </message>
    <message>
        <source>Release the taken-along mark</source>
        <translation>Markering ‘meegenomen’ opheffen</translation>
    </message>
    <message>
        <source>“%1” is marked as taken along by %2 (%3) since %4.

Release the mark only if that copy will not come back (a lost laptop, a deleted copy). It can then no longer be brought back: changes made in it would have to come in by export and import. Nothing of the network here changes.</source>
        <translation>“%1” is gemarkeerd als meegenomen door %2 (%3) sinds %4.

Hef de markering alleen op als die kopie niet terugkomt (een kwijtgeraakte laptop, een verwijderde kopie). Die kopie kan daarna niet meer worden teruggebracht: wijzigingen erin komen dan alleen via exporteren en importeren binnen. Aan het netwerk hier verandert niets.</translation>
    </message>
    <message>
        <source>Release the mark</source>
        <translation>Markering opheffen</translation>
    </message>
    <message>
        <source>The mark of %1 (%2) on “%3” is released</source>
        <translation>De markering van %1 (%2) op “%3” is opgeheven</translation>
    </message>
</context>
<context>
    <name>TeamStoreDialog</name>
    <message>
        <source>Connect to a team store</source>
        <translation>Verbinden met een teamopslag</translation>
    </message>
    <message>
        <source>A team store keeps the networks in a database on your organisation&apos;s PostgreSQL server, shared with the other facilitators. Give its address, or the server, database and user name.</source>
        <translation>Een teamopslag bewaart de netwerken in een database op de PostgreSQL-server van uw organisatie, gedeeld met de andere begeleiders. Geef het adres, of de server, de database en de gebruikersnaam.</translation>
    </message>
    <message>
        <source>&amp;Address (URL):</source>
        <translation>&amp;Adres (URL):</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>The password is not asked here and never saved by Netwerkimpact: it comes from your PostgreSQL password file (.pgpass) or service file.</source>
        <translation>Het wachtwoord wordt hier niet gevraagd en nooit door Netwerkimpact bewaard: het komt uit uw PostgreSQL-wachtwoordbestand (.pgpass) of servicebestand.</translation>
    </message>
    <message>
        <source>Address of the team store</source>
        <translation>Adres van de teamopslag</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Give an address, or at least the database&apos;s name.</source>
        <translation>Geef een adres, of ten minste de naam van de database.</translation>
    </message>
    <message>
        <source>An address starts with postgresql:// (for example %1).</source>
        <translation>Een adres begint met postgresql:// (bijvoorbeeld %1).</translation>
    </message>
</context>
<context>
    <name>TextLimit</name>
    <message>
        <source>This field holds at most %1 characters; the rest was not added.</source>
        <translation>Dit veld bevat hoogstens %1 tekens; de rest is niet toegevoegd.</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>Undo %1</source>
        <translation>%1 ongedaan maken</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>%1 opnieuw doen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw doen</translation>
    </message>
</context>
<context>
    <name>Wall</name>
    <message>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Sorteren</translation>
    </message>
    <message>
        <source>Merge two</source>
        <translation>Twee samenvoegen</translation>
    </message>
    <message>
        <source>Select two post-its: they become one, both texts kept</source>
        <translation>Kies twee post-its: ze worden er één, beide teksten blijven</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Kleur…</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Oudste eerst</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Nieuwste eerst</translation>
    </message>
    <message>
        <source>By text</source>
        <translation>Op tekst</translation>
    </message>
    <message>
        <source>By colour</source>
        <translation>Op kleur</translation>
    </message>
    <message>
        <source>All moments</source>
        <translation>Alle momenten</translation>
    </message>
    <message>
        <source>No moment</source>
        <translation>Geen moment</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>Alle kleuren</translation>
    </message>
    <message>
        <source>Post-its not merged</source>
        <translation>Post-its niet samengevoegd</translation>
    </message>
    <message>
        <source>Together the two texts are too long for one post-it.</source>
        <translation>Samen zijn de twee teksten te lang voor één post-it.</translation>
    </message>
    <message>
        <source>Colour this group</source>
        <translation>Deze groep kleuren</translation>
    </message>
    <message>
        <source>Post-its by segment</source>
        <translation>Geeltjes per segment</translation>
    </message>
</context>
<context>
    <name>WheelAccessible</name>
    <message>
        <source>Line: {chain}</source>
        <translation>Lijn: {chain}</translation>
    </message>
    <message>
        <source>1 post-it</source>
        <translation>1 geeltje</translation>
    </message>
    <message>
        <source>{count} post-its</source>
        <translation>{count} geeltjes</translation>
    </message>
    <message>
        <source>The active reasoning line, along the sightline at 12 o&apos;clock</source>
        <translation>De actieve redeneerlijn, langs de zichtlijn op 12 uur</translation>
    </message>
    <message>
        <source>Turn clockwise</source>
        <translation>Draai met de klok mee</translation>
    </message>
    <message>
        <source>Turn anticlockwise</source>
        <translation>Draai tegen de klok in</translation>
    </message>
    <message>
        <source>Ring {number}: {name}</source>
        <translation>Ring {number}: {name}</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>vergrendeld</translation>
    </message>
    <message>
        <source>free to turn</source>
        <translation>vrij om te draaien</translation>
    </message>
    <message>
        <source>{state}; turn it with ← and →, or choose it with {number}</source>
        <translation>{state}; draai met ← en →, of kies hem met {number}</translation>
    </message>
    <message>
        <source>Lock or unlock</source>
        <translation>Vergrendelen of ontgrendelen</translation>
    </message>
    <message>
        <source>Lock of {ring}</source>
        <translation>Slot van {ring}</translation>
    </message>
    <message>
        <source>{ring}, segment {position} of {count}</source>
        <translation>{ring}, segment {position} van {count}</translation>
    </message>
    <message>
        <source>, at 12 o&apos;clock</source>
        <translation>, op 12 uur</translation>
    </message>
    <message>
        <source>{count} on {segment}</source>
        <translation>{count} op {segment}</translation>
    </message>
    <message>
        <source>Expand to hear the post-its&apos; texts</source>
        <translation>Open om de teksten van de geeltjes te horen</translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation>Wiel</translation>
    </message>
    <message>
        <source>The network impact wheel: 1 to 4 choose a ring, ← and → turn it, Tab goes to the next ring</source>
        <translation>Het wiel van het netwerkimpactmodel: 1 tot 4 kiezen een ring, ← en → draaien hem, Tab gaat naar de volgende ring</translation>
    </message>
</context>
<context>
    <name>WheelDesk</name>
    <message>
        <source>Wheel</source>
        <translation>Wiel</translation>
    </message>
    <message>
        <source>Wall of post-its</source>
        <translation>Wand met post-its</translation>
    </message>
</context>
<context>
    <name>WheelScene</name>
    <message>
        <source>Unlock ring</source>
        <translation>Ring ontgrendelen</translation>
    </message>
    <message>
        <source>Lock ring</source>
        <translation>Ring vergrendelen</translation>
    </message>
    <message>
        <source>Select ring (turn with arrow keys)</source>
        <translation>Ring kiezen (draaien met de pijltoetsen)</translation>
    </message>
    <message>
        <source>Show the whole model</source>
        <translation>Het hele model tonen</translation>
    </message>
    <message>
        <source>Focus on this ring</source>
        <translation>Focus op deze ring</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <source>Delete network “%1”</source>
        <translation>Netwerk “%1” verwijderen</translation>
    </message>
    <message>
        <source>Rename network</source>
        <translation>netwerk hernoemen</translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation>beschrijving wijzigen</translation>
    </message>
    <message>
        <source>Name stakeholder group</source>
        <translation>stakeholdergroep benoemen</translation>
    </message>
    <message>
        <source>Add to the core</source>
        <translation>toevoegen aan de kern</translation>
    </message>
    <message>
        <source>Edit the core</source>
        <translation>kern wijzigen</translation>
    </message>
    <message>
        <source>Move in the core</source>
        <translation>verplaatsen in de kern</translation>
    </message>
    <message>
        <source>Remove from the core</source>
        <translation>verwijderen uit de kern</translation>
    </message>
    <message>
        <source>Someone else deleted this network.</source>
        <translation>Iemand anders heeft dit netwerk verwijderd.</translation>
    </message>
    <message>
        <source>Connection lost: changes are not saved until it is back. Connecting again…</source>
        <translation>Verbinding verbroken: wijzigingen worden pas weer opgeslagen als ze terug is. Opnieuw verbinden…</translation>
    </message>
    <message>
        <source>Connected to the server again; the network shows the latest.</source>
        <translation>Weer verbonden met de server; het netwerk toont de nieuwste stand.</translation>
    </message>
    <message>
        <source>Someone else changed this meanwhile: nothing was undone, and Undo starts anew.</source>
        <translation>Iemand anders heeft dit intussen gewijzigd: er is niets ongedaan gemaakt, en Ongedaan maken begint opnieuw.</translation>
    </message>
    <message>
        <source>Someone else deleted the line “%1”; what it said is kept here as a draft.</source>
        <translation>Iemand anders heeft de lijn “%1” verwijderd; wat erin stond blijft hier als concept staan.</translation>
    </message>
    <message>
        <source>Turn the wheel</source>
        <translation>wiel draaien</translation>
    </message>
    <message>
        <source>Lock or focus</source>
        <translation>vergrendelen of focus</translation>
    </message>
    <message>
        <source>Turn to a line</source>
        <translation>naar een lijn draaien</translation>
    </message>
    <message>
        <source>Change direction</source>
        <translation>richting wijzigen</translation>
    </message>
    <message>
        <source>Save line</source>
        <translation>lijn opslaan</translation>
    </message>
    <message>
        <source>Edit story</source>
        <translation>verhaal wijzigen</translation>
    </message>
    <message>
        <source>Rename line</source>
        <translation>lijn hernoemen</translation>
    </message>
    <message>
        <source>Edit assumptions</source>
        <translation>aannames wijzigen</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>status wijzigen</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>lijn verwijderen</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>indicator toevoegen</translation>
    </message>
    <message>
        <source>Edit indicator</source>
        <translation>indicator wijzigen</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation>indicator verwijderen</translation>
    </message>
    <message>
        <source>Add moment</source>
        <translation>moment toevoegen</translation>
    </message>
    <message>
        <source>Edit moment</source>
        <translation>moment wijzigen</translation>
    </message>
    <message>
        <source>Delete moment</source>
        <translation>moment verwijderen</translation>
    </message>
    <message>
        <source>Add measurement</source>
        <translation>meting toevoegen</translation>
    </message>
    <message>
        <source>Clear measurement</source>
        <translation>meting wissen</translation>
    </message>
    <message>
        <source>Edit measurement</source>
        <translation>meting wijzigen</translation>
    </message>
    <message>
        <source>Add post-it</source>
        <translation>geeltje toevoegen</translation>
    </message>
    <message>
        <source>Move post-it</source>
        <translation>geeltje verplaatsen</translation>
    </message>
    <message>
        <source>Edit post-it</source>
        <translation>geeltje wijzigen</translation>
    </message>
    <message>
        <source>Delete post-it</source>
        <translation>geeltje verwijderen</translation>
    </message>
    <message>
        <source>Move moment</source>
        <translation>Moment verplaatsen</translation>
    </message>
    <message>
        <source>Set target</source>
        <translation>Doel stellen</translation>
    </message>
    <message>
        <source>Update line “%1”</source>
        <translation>Lijn “%1” bijwerken</translation>
    </message>
    <message>
        <source>Duplicate line</source>
        <translation>Lijn dupliceren</translation>
    </message>
    <message>
        <source>Judge plausibility</source>
        <translation>Aannemelijkheid beoordelen</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Onderbouwing toevoegen</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>Onderbouwing bewerken</translation>
    </message>
    <message>
        <source>Delete evidence</source>
        <translation>Onderbouwing verwijderen</translation>
    </message>
    <message>
        <source>Move indicator</source>
        <translation>Indicator verplaatsen</translation>
    </message>
    <message>
        <source>Add post-its</source>
        <translation>Post-its toevoegen</translation>
    </message>
    <message>
        <source>Move post-its</source>
        <translation>Post-its verplaatsen</translation>
    </message>
    <message>
        <source>Colour post-its</source>
        <translation>Post-its kleuren</translation>
    </message>
    <message>
        <source>Merge post-its</source>
        <translation>Post-its samenvoegen</translation>
    </message>
    <message>
        <source>Edit groups</source>
        <translation>Groepen bewerken</translation>
    </message>
    <message>
        <source>Enter values per group</source>
        <translation>Waarden per groep invullen</translation>
    </message>
</context>
<context>
    <name>_Sentences</name>
    <message>
        <source>This network is already taken along to this computer as “%1”. Bring that back first.</source>
        <translation>Dit netwerk is al meegenomen naar deze computer als “%1”. Breng dat eerst terug.</translation>
    </message>
    <message>
        <source>This network was not taken along from a team store.</source>
        <translation>Dit netwerk is niet uit een teamopslag meegenomen.</translation>
    </message>
    <message>
        <source>This network was not taken along from this team store, or it was brought back already.</source>
        <translation>Dit netwerk is niet uit deze teamopslag meegenomen, of het is al teruggebracht.</translation>
    </message>
    <message>
        <source>The network is no longer in the team store.</source>
        <translation>Het netwerk staat niet meer in de teamopslag.</translation>
    </message>
</context>
</TS>
