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
        <source>Netwerkimpact works offline: it never opens a network connection. Fonts, texts and translations ship with the program.</source>
        <translation>Netwerkimpact werkt offline: het maakt nooit verbinding met internet of een netwerk. Lettertypen, teksten en vertalingen worden met het programma meegeleverd.</translation>
    </message>
    <message>
        <source>The wheel and posters use the DejaVu Sans fonts, which ship with the program under the Bitstream Vera licence (see “Font licence”).</source>
        <translation>Het wiel en de posters gebruiken de lettertypen DejaVu Sans, die met het programma worden meegeleverd onder de Bitstream Vera-licentie (zie “Licentie lettertype”).</translation>
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
    <message numerus="yes">
        <source>Import %n post-it(s)</source>
        <translation>
            <numerusform>%n post-it importeren</numerusform>
            <numerusform>%n post-its importeren</numerusform>
        </translation>
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
        <source>Sheets (*.csv *.xlsx *.xlsm);;All files (*)</source>
        <translation>Werkbladen (*.csv *.xlsx *.xlsm);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>This is the program&apos;s own store: choose a sheet.</source>
        <translation>Dit is de eigen opslag van het programma: kies een werkblad.</translation>
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
        <source>This file is not an Excel workbook that can be read.</source>
        <translation>Dit bestand is geen leesbare Excel-werkmap.</translation>
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
</context>
<context>
    <name>IndicatorTrend</name>
    <message>
        <source>No stories recorded yet.</source>
        <translation>Nog geen verhalen vastgelegd.</translation>
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
        <source>Not saved yet: the stories are kept until you save.</source>
        <translation>Nog niet opgeslagen: de verhalen blijven bewaard tot u opslaat.</translation>
    </message>
    <message>
        <source>Saved line · %1</source>
        <translation>Opgeslagen lijn · %1</translation>
    </message>
    <message>
        <source>The story of this step…</source>
        <translation>Het verhaal bij deze stap…</translation>
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
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
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
        <source>Import post-&amp;its (CSV, Excel)…</source>
        <translation>Post-&amp;its importeren (CSV, Excel)…</translation>
    </message>
    <message>
        <source>&amp;Export network (JSON)…</source>
        <translation>Netwerk &amp;exporteren (JSON)…</translation>
    </message>
    <message>
        <source>&amp;Poster A3 (PDF)…</source>
        <translation>&amp;Poster A3 (PDF)…</translation>
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
</context>
<context>
    <name>MeasurementTable</name>
    <message>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Story, quote or text</source>
        <translation>Verhaal, citaat of tekst</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>“%1” is not a number; the value was not changed.</source>
        <translation>“%1” is geen getal; de waarde is niet veranderd.</translation>
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
        <source>On</source>
        <translation>Op</translation>
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
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Step %1 of %2 · %3</source>
        <translation>Stap %1 van %2 · %3</translation>
    </message>
</context>
<context>
    <name>PosterDialog</name>
    <message>
        <source>Poster A3 (PDF)</source>
        <translation>Poster A3 (PDF)</translation>
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
        <source>The PDF is saved:
%1

Open it now to print it?</source>
        <translation>De PDF is opgeslagen:
%1

Nu openen om af te drukken?</translation>
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
        <source>Tab, B, .</source>
        <translation>Tab, B, .</translation>
    </message>
    <message>
        <source>Select the next ring (B is a clicker&apos;s “blank” key)</source>
        <translation>De volgende ring kiezen (B is de “zwart scherm”-toets van een presenter)</translation>
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
</context>
<context>
    <name>QuickBar</name>
    <message>
        <source>Post-it: type and press Enter (“hou: …” picks a segment; 1–4, ←→)</source>
        <translation>Post-it: typ en druk op Enter (“hou: …” kiest een segment; 1–4, ←→)</translation>
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
        <source>There are no networks in this store yet. Start with a new network.</source>
        <translation>Er staan nog geen netwerken in deze opslag. Begin met een nieuw netwerk.</translation>
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
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The store cannot be opened</source>
        <translation>De opslag kan niet worden geopend</translation>
    </message>
    <message>
        <source>Netwerkimpact cannot use the file
%1

%2

The file has not been changed. You can open a backup, start a new store elsewhere, or quit.</source>
        <translation>Netwerkimpact kan dit bestand niet gebruiken:
%1

%2

Het bestand is niet gewijzigd. U kunt een reservekopie openen, elders een nieuwe opslag beginnen of stoppen.</translation>
    </message>
    <message>
        <source>Open a backup…</source>
        <translation>Reservekopie openen…</translation>
    </message>
    <message>
        <source>Start a new store…</source>
        <translation>Nieuwe opslag beginnen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Open a backup</source>
        <translation>Reservekopie openen</translation>
    </message>
    <message>
        <source>New store</source>
        <translation>Nieuwe opslag</translation>
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
        <source>Show the whole model</source>
        <translation>Het hele model tonen</translation>
    </message>
    <message>
        <source>Focus on this ring</source>
        <translation>Focus op deze ring</translation>
    </message>
    <message>
        <source>Select ring (turn with arrow keys)</source>
        <translation>Ring kiezen (draaien met de pijltoetsen)</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <source>Delete network “%1”</source>
        <translation>Netwerk “%1” verwijderen</translation>
    </message>
    <message>
        <source>There is already a network named “%1”.</source>
        <translation>Er is al een netwerk met de naam “%1”.</translation>
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
</context>
</TS>
