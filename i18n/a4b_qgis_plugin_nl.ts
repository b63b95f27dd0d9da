<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
    <context>
        <name>@default</name>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/catalogue.py" line="99" />
            <source>{0}: a pilot must be an object with a name.</source>
            <translation>{0}: een pilot moet een object met een naam zijn.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/catalogue.py" line="102" />
            <source>{0}: 'natura2000' must be a list of areas.</source>
            <translation>{0}: 'natura2000' moet een lijst van gebieden zijn.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/catalogue.py" line="108" />
            <source>{0}: each Natura 2000 area needs a name and a number (or null).</source>
            <translation>{0}: elk Natura 2000-gebied heeft een naam en een nummer (of null) nodig.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/catalogue.py" line="133" />
            <source>The pilot needs a name.</source>
            <translation>De pilot heeft een naam nodig.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/catalogue.py" line="135" />
            <source>There is already a pilot called '{0}'.</source>
            <translation>Er is al een pilot met de naam '{0}'.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/catalogue.py" line="137" />
            <source>'{0}' is not a Dutch province; choose one of: {1}.</source>
            <translation>'{0}' is geen Nederlandse provincie; kies een van: {1}.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/catalogue.py" line="148" />
            <source>Natura 2000 area {0}: the RVO number must be a whole number from 1 to {1}, or empty.</source>
            <translation>Natura 2000-gebied {0}: het RVO-nummer moet een geheel getal van 1 tot en met {1} zijn, of leeg.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/catalogue.py" line="154" />
            <source>Natura 2000 area {0} needs a name or an RVO number.</source>
            <translation>Natura 2000-gebied {0} heeft een naam of een RVO-nummer nodig.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/catalogue.py" line="157" />
            <source>Natura 2000 area '{0}' is listed twice.</source>
            <translation>Natura 2000-gebied '{0}' staat er twee keer in.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/catalogue.py" line="166" />
            <source>Cannot read the pilot catalogue {0}: {1}</source>
            <translation>Kan de pilotcatalogus {0} niet lezen: {1}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/catalogue.py" line="168" />
            <source>The pilot catalogue {0} is not valid JSON (line {1}, column {2}): {3}</source>
            <translation>De pilotcatalogus {0} is geen geldige JSON (regel {1}, kolom {2}): {3}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/catalogue.py" line="176" />
            <source>The pilot catalogue {0} has no 'pilots' list.</source>
            <translation>De pilotcatalogus {0} heeft geen lijst 'pilots'.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/catalogue.py" line="187" />
            <source>{0}, pilot {1}</source>
            <translation>{0}, pilot {1}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/catalogue.py" line="192" />
            <source>{0}: the pilot '{1}' is listed twice.</source>
            <translation>{0}: de pilot '{1}' staat er twee keer in.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/catalogue.py" line="261" />
            <source>Cannot write the pilot catalogue {0}: {1}</source>
            <translation>Kan de pilotcatalogus {0} niet schrijven: {1}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/catalogue.py" line="289" />
            <source>There is no pilot called '{0}'.</source>
            <translation>Er is geen pilot met de naam '{0}'.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/plugin.py" line="52" />
            <source>All4Biodiversity</source>
            <translation>All4Biodiversity</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/plugin.py" line="79" />
            <source>Flag parcels near Natura 2000…</source>
            <translation>Afstanden tot Natura 2000 bepalen…</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/plugin.py" line="79" />
            <source>Overlay pilot boundaries…</source>
            <translation>Overlay met pilotgrenzen…</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/plugin.py" line="79" />
            <source>Tag parcels with a measure…</source>
            <translation>Maatregel aan percelen toekennen…</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/plugin.py" line="79" />
            <source>Export measures…</source>
            <translation>Maatregelen exporteren…</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/plugin.py" line="79" />
            <source>Summarise measures…</source>
            <translation>Maatregelen samenvatten…</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/undo_commands.py" line="75" />
            <source>Tag parcels</source>
            <translation>Maatregel toekennen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/undo_commands.py" line="92" />
            <source>Delete measures</source>
            <translation>Maatregelen verwijderen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/undo_commands.py" line="116" />
            <source>Edit measure</source>
            <translation>Maatregel bewerken</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/edits.py" line="52" />
            <source>Delete 1 measure from the register? You can undo this.</source>
            <translation>1 maatregel uit het register verwijderen? U kunt dit ongedaan maken.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/edits.py" line="52" />
            <source>Delete {count} measures from the register? You can undo this.</source>
            <translation>{count} maatregelen uit het register verwijderen? U kunt dit ongedaan maken.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/edits.py" line="74" />
            <source>1 measure deleted.</source>
            <translation>1 maatregel verwijderd.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/edits.py" line="74" />
            <source>{count} measures deleted.</source>
            <translation>{count} maatregelen verwijderd.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/edits.py" line="92" />
            <source>This measure has no geometry to zoom to.</source>
            <translation>Deze maatregel heeft geen geometrie om naar te zoomen.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/tagging/pilots.py" line="94" />
            <source>{ref}: the parcel lies outside every pilot boundary.</source>
            <translation>{ref}: het perceel ligt buiten elke pilotgrens.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/tagging/pilots.py" line="96" />
            <source>{ref}: the parcel lies in {pilots}, not in pilot {pilot}.</source>
            <translation>{ref}: het perceel ligt in {pilots}, niet in pilot {pilot}.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/tagging.py" line="39" />
            <source>… and {count} more.</source>
            <translation>… en nog {count}.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/tagging.py" line="40" />
            <source>Check before tagging 1 parcel:</source>
            <translation>Controleer dit voordat u een maatregel aan 1 perceel toekent:</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/tagging.py" line="40" />
            <source>Check before tagging {count} parcels:</source>
            <translation>Controleer dit voordat u een maatregel aan {count} percelen toekent:</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/tagging.py" line="40" />
            <source>Tag them anyway?</source>
            <translation>Toch toekennen?</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/tagging.py" line="53" />
            <source>Tag parcels: warnings</source>
            <translation>Maatregel toekennen: waarschuwingen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/tagging.py" line="74" />
            <source>Choose a measure first.</source>
            <translation>Kies eerst een maatregel.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/suggest_dialog.py" line="65" />
            <source>Select one or more parcels on “{layer}” first.</source>
            <translation>Selecteer eerst een of meer percelen in “{layer}”.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/tagging.py" line="117" />
            <source>None of the selected parcels has a usable polygon.</source>
            <translation>Geen van de geselecteerde percelen heeft een bruikbare polygoon.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/tagging.py" line="121" />
            <source>Nothing was tagged.</source>
            <translation>Er is niets toegekend.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/tagging.py" line="134" />
            <source>1 measure “{measure}” added to the register.</source>
            <translation>1 maatregel “{measure}” aan het register toegevoegd.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/tagging.py" line="134" />
            <source>{count} measures “{measure}” added to the register.</source>
            <translation>{count} maatregelen “{measure}” aan het register toegevoegd.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/tagging.py" line="141" />
            <source>{count} warning(s) accepted.</source>
            <translation>{count} waarschuwing(en) geaccepteerd.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/data.py" line="74" />
            <source>The demo data could not be read from {0}.</source>
            <translation>De demogegevens konden niet worden gelezen uit {0}.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/work_gpkg.py" line="108" />
            <source>Cannot create the folder {0}: {1}</source>
            <translation>Kan de map {0} niet aanmaken: {1}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/totals.py" line="32" />
            <source>Area</source>
            <translation>Oppervlakte</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/totals.py" line="34" />
            <source>Length</source>
            <translation>Lengte</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/xlsx.py" line="62" />
            <source>Pieces</source>
            <translation>Aantal stuks</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/totals.py" line="136" />
            <source>not known</source>
            <translation>onbekend</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/totals.py" line="44" />
            <source>Cost per year</source>
            <translation>Kosten per jaar</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/totals.py" line="45" />
            <source>Revenue per year</source>
            <translation>Opbrengst per jaar</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/totals.py" line="48" />
            <source>Net per year</source>
            <translation>Netto per jaar</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/describe.py" line="46" />
            <source>Measures</source>
            <translation>Maatregelen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/totals.py" line="165" />
            <source>{count} dropped measure(s) not counted.</source>
            <translation>{count} vervallen maatregel(en) niet meegeteld.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/values.py" line="68" />
            <source>Row {n}: {problem}</source>
            <translation>Rij {n}: {problem}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/values.py" line="72" />
            <source>unknown field(s) {fields}</source>
            <translation>onbekend(e) veld(en) {fields}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/values.py" line="82" />
            <source>{field} '{value}' is not a number</source>
            <translation>{field} '{value}' is geen getal</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/values.py" line="84" />
            <source>{field} must be a number of zero or more</source>
            <translation>{field} moet een getal van nul of meer zijn</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/values.py" line="92" />
            <source>the measure code is empty</source>
            <translation>de maatregelcode is leeg</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/values.py" line="94" />
            <source>unknown status '{status}'</source>
            <translation>onbekende status '{status}'</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/values.py" line="96" />
            <source>unknown unit '{unit}'</source>
            <translation>onbekende eenheid '{unit}'</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/values.py" line="98" />
            <source>unknown theme '{theme}'</source>
            <translation>onbekend thema '{theme}'</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/values.py" line="101" />
            <source>no geometry</source>
            <translation>geen geometrie</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/values.py" line="105" />
            <source>the geometry must be a non-empty polygon</source>
            <translation>de geometrie moet een niet-lege polygoon zijn</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/common/fields.py" line="22" />
            <source>The parcels layer already has the field(s) {0}, which this tool writes. Rename or remove them first (e.g. with 'Refactor fields'); the tool never overwrites existing values.</source>
            <translation>De percelenlaag heeft al het veld of de velden {0}, die dit hulpmiddel schrijft. Hernoem of verwijder ze eerst (bijvoorbeeld met 'Bijgewerkte velden'); het hulpmiddel overschrijft nooit bestaande waarden.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pdok/sources.py" line="84" />
            <source>The PDOK source catalogue {0} cannot be used:</source>
            <translation>De PDOK-bronnencatalogus {0} is niet bruikbaar:</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pdok/sources.py" line="97" />
            <source>the file does not exist</source>
            <translation>het bestand bestaat niet</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pdok/sources.py" line="99" />
            <source>the file cannot be read: {0}</source>
            <translation>het bestand kan niet worden gelezen: {0}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pdok/sources.py" line="101" />
            <source>not valid JSON (line {0}, column {1}: {2})</source>
            <translation>geen geldige JSON (regel {0}, kolom {1}: {2})</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pdok/sources.py" line="115" />
            <source>the top level must be an object with a 'sources' object</source>
            <translation>het hoogste niveau moet een object zijn met een object 'sources'</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pdok/sources.py" line="120" />
            <source>source '{0}' is missing</source>
            <translation>bron '{0}' ontbreekt</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pdok/sources.py" line="130" />
            <source>source '{0}' must be an object</source>
            <translation>bron '{0}' moet een object zijn</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pdok/sources.py" line="134" />
            <source>source '{0}' needs a non-empty list 'endpoints'</source>
            <translation>bron '{0}' heeft een niet-lege lijst 'endpoints' nodig</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pdok/sources.py" line="144" />
            <source>source '{0}': '{1}' must be a list of field names</source>
            <translation>bron '{0}': '{1}' moet een lijst met veldnamen zijn</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pdok/sources.py" line="156" />
            <source>source '{0}', endpoint {1}</source>
            <translation>bron '{0}', endpoint {1}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pdok/sources.py" line="158" />
            <source>{0} must be an object</source>
            <translation>{0} moet een object zijn</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pdok/sources.py" line="162" />
            <source>{0}: type '{1}' is not one of oapif, wfs, wms, wmts</source>
            <translation>{0}: type '{1}' is niet een van oapif, wfs, wms, wmts</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pdok/sources.py" line="168" />
            <source>{0}: 'url' must start with http:// or https://</source>
            <translation>{0}: 'url' moet beginnen met http:// of https://</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pdok/sources.py" line="172" />
            <source>{0} ({1}) needs {2}</source>
            <translation>{0} ({1}) heeft {2} nodig</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pdok/sources.py" line="178" />
            <source>{0}: 'fields' must map service field names to file field names</source>
            <translation>{0}: 'fields' moet veldnamen van de service koppelen aan veldnamen van het bestand</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/data.py" line="40" />
            <source>Could not write {path}: {message}</source>
            <translation>Kan {path} niet schrijven: {message}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/flagging/run.py" line="113" />
            <source>Distances need a projected CRS in metres (e.g. EPSG:28992); got {0}.</source>
            <translation>Voor afstanden is een geprojecteerd CRS in meters nodig (bijvoorbeeld EPSG:28992); opgegeven: {0}.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/scoring/run.py" line="170" />
            <source>The Natura 2000 layer holds no usable polygon.</source>
            <translation>De Natura 2000-laag bevat geen bruikbare polygoon.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/flagging/run.py" line="245" />
            <source>{0} invalid Natura 2000 geometries repaired.</source>
            <translation>{0} ongeldige Natura 2000-geometrieën hersteld.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/flagging/run.py" line="283" />
            <source>Give at least one distance band.</source>
            <translation>Geef ten minste één afstandszone op.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/scoring/run.py" line="148" />
            <source>The parcels layer must hold polygons.</source>
            <translation>De percelenlaag moet polygonen bevatten.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/scoring/run.py" line="149" />
            <source>The Natura 2000 layer must hold polygons.</source>
            <translation>De Natura 2000-laag moet polygonen bevatten.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/scoring/run.py" line="151" />
            <source>The pilots layer must hold polygons.</source>
            <translation>De pilotlaag moet polygonen bevatten.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/flagging/run.py" line="294" />
            <source>The Natura 2000 layer has no field '{0}'.</source>
            <translation>De Natura 2000-laag heeft geen veld '{0}'.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/scoring/run.py" line="178" />
            <source>The pilots layer has no field '{0}'.</source>
            <translation>De pilotlaag heeft geen veld '{0}'.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/flagging/run.py" line="344" />
            <source>Could not write the output: {0}</source>
            <translation>Kan de uitvoer niet schrijven: {0}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/flagging/threads.py" line="52" />
            <source>The output refused the features.</source>
            <translation>De uitvoer weigerde de objecten.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pdok/loader.py" line="69" />
            <source>The PDOK source catalogue has no source '{0}'.</source>
            <translation>De PDOK-bronnencatalogus heeft geen bron '{0}'.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pdok/loader.py" line="271" />
            <source>the service did not answer</source>
            <translation>de service gaf geen antwoord</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pdok/loader.py" line="178" />
            <source>stopped after {0} features: {1}</source>
            <translation>gestopt na {0} objecten: {1}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pdok/loader.py" line="219" />
            <source>{0} is only available as a map, not as features.</source>
            <translation>{0} is alleen als kaart beschikbaar, niet als objecten.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pdok/loader.py" line="221" />
            <source>Give an area to load {0} for (the extent is empty).</source>
            <translation>Geef een gebied op om {0} voor te laden (het bereik is leeg).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pdok/loader.py" line="227" />
            <source>Loading {0} from {1}</source>
            <translation>{0} laden van {1}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pdok/loader.py" line="235" />
            <source>{0} failed: {1}</source>
            <translation>{0} mislukt: {1}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pdok/loader.py" line="245" />
            <source>Could not load {0}. Tried:</source>
            <translation>Kon {0} niet laden. Geprobeerd:</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pdok/loader.py" line="247" />
            <source>Check the internet connection. If PDOK has moved the service, correct the URL in a copy of the PDOK source catalogue and name it in the plugin setting 'sources/catalogue_path'.</source>
            <translation>Controleer de internetverbinding. Als PDOK de service heeft verplaatst, verbeter dan de URL in een kopie van de PDOK-bronnencatalogus en geef die kopie op in de instelling 'sources/catalogue_path' van de plug-in.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pdok/loader.py" line="264" />
            <source>{0} has no map (WMS/WMTS) endpoint in the catalogue.</source>
            <translation>{0} heeft geen kaart-endpoint (WMS/WMTS) in de catalogus.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pdok/loader.py" line="284" />
            <source>Give a table name to save the layer as.</source>
            <translation>Geef een tabelnaam op waaronder de laag wordt opgeslagen.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pdok/loader.py" line="287" />
            <source>The folder {0} does not exist.</source>
            <translation>De map {0} bestaat niet.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pdok/loader.py" line="300" />
            <source>Could not write {0} to {1}: {2}</source>
            <translation>Kon {0} niet naar {1} schrijven: {2}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pdok/loader.py" line="303" />
            <source>Wrote {0} to {1}, but cannot open it again.</source>
            <translation>{0} is naar {1} geschreven, maar kan niet opnieuw worden geopend.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/selection.py" line="39" />
            <source>The layer {layer} is not a measures register: it lacks the field(s) {fields}.</source>
            <translation>De laag {layer} is geen maatregelenregister: deze velden ontbreken: {fields}.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/selection.py" line="69" />
            <source>Unknown {what}: {unknown}. Choose from: {allowed}.</source>
            <translation>Onbekende waarde voor {what}: {unknown}. Kies uit: {allowed}.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/selection.py" line="96" />
            <source>Unknown pilot(s): {unknown}. The register holds: {known}.</source>
            <translation>Onbekende pilot(s): {unknown}. Het register bevat: {known}.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/selection.py" line="96" />
            <source>no pilots</source>
            <translation>geen pilots</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/selection.py" line="220" />
            <source>No measures match the chosen pilots, statuses and themes: nothing to export.</source>
            <translation>Geen maatregelen voldoen aan de gekozen pilots, statussen en thema's: er is niets te exporteren.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/files.py" line="47" />
            <source>The folder {folder} does not exist.</source>
            <translation>De map {folder} bestaat niet.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/files.py" line="49" />
            <source>{path} is a folder, not a file.</source>
            <translation>{path} is een map, geen bestand.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/files.py" line="51" />
            <source>Cannot write in the folder {folder} (no permission).</source>
            <translation>Kan niet schrijven in de map {folder} (geen schrijfrechten).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/files.py" line="53" />
            <source>Cannot overwrite {path}: the file is read-only.</source>
            <translation>Kan {path} niet overschrijven: het bestand is alleen-lezen.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/files.py" line="57" />
            <source>{path} is open as a layer in this project. Remove that layer or choose another file.</source>
            <translation>{path} is als laag geopend in dit project. Verwijder die laag of kies een ander bestand.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/files.py" line="64" />
            <source>{path} appears to be open in another program ({lock} exists). Close it and try again.</source>
            <translation>{path} lijkt geopend in een ander programma ({lock} bestaat). Sluit het en probeer het opnieuw.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/files.py" line="119" />
            <source>Cannot write in the folder {folder}: {reason}</source>
            <translation>Kan niet schrijven in de map {folder}: {reason}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/files.py" line="135" />
            <source>The export of {path} produced no file.</source>
            <translation>De export van {path} leverde geen bestand op.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/files.py" line="140" />
            <source>Cannot replace {path}: {reason}. Is it open in another program?</source>
            <translation>Kan {path} niet vervangen: {reason}. Is het geopend in een ander programma?</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/xlsx.py" line="144" />
            <source>(no pilot)</source>
            <translation>(geen pilot)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/xlsx.py" line="145" />
            <source>Total</source>
            <translation>Totaal</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/xlsx.py" line="145" />
            <source>(none)</source>
            <translation>(geen)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/layout.py" line="79" />
            <source>The layout template {path} cannot be read: {error}</source>
            <translation>Het opmaaksjabloon {path} kan niet worden gelezen: {error}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/layout.py" line="87" />
            <source>The layout template {path} has no map item with id 'map'.</source>
            <translation>Het opmaaksjabloon {path} heeft geen kaartitem met id 'map'.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/pdf.py" line="93" />
            <source>The register has no geometry, so no map can be drawn. Leave the PDF output empty.</source>
            <translation>Het register heeft geen geometrie, dus er kan geen kaart worden getekend. Laat de PDF-uitvoer leeg.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/pdf.py" line="111" />
            <source>Measures (by theme)</source>
            <translation>Maatregelen (per thema)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/pdf.py" line="115" />
            <source>Measures of other pilots</source>
            <translation>Maatregelen van andere pilots</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/pdf.py" line="120" />
            <source>Pilot boundary</source>
            <translation>Pilotgrens</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/pdf.py" line="128" />
            <source>Natura 2000 area</source>
            <translation>Natura 2000-gebied</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/pdf.py" line="199" />
            <source>Export cancelled; nothing was written.</source>
            <translation>Export geannuleerd; er is niets geschreven.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/pdf.py" line="219" />
            <source>The PDF could not be written: {error}</source>
            <translation>De PDF kon niet worden geschreven: {error}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/layout.py" line="113" />
            <source>Measures – {pilot}</source>
            <translation>Maatregelen – {pilot}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/layout.py" line="122" />
            <source>Date: {date}</source>
            <translation>Datum: {date}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/layout.py" line="224" />
            <source>Legend</source>
            <translation>Legenda</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/xlsx.py" line="194" />
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/xlsx.py" line="195" />
            <source>Pilot</source>
            <translation>Pilot</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/xlsx.py" line="39" />
            <source>Parcel</source>
            <translation>Perceel</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/xlsx.py" line="196" />
            <source>Measure code</source>
            <translation>Maatregelcode</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/xlsx.py" line="41" />
            <source>Measure</source>
            <translation>Maatregel</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/xlsx.py" line="42" />
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/xlsx.py" line="44" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/xlsx.py" line="45" />
            <source>Quantity</source>
            <translation>Hoeveelheid</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/xlsx.py" line="46" />
            <source>Unit</source>
            <translation>Eenheid</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/xlsx.py" line="47" />
            <source>Cost (EUR/yr)</source>
            <translation>Kosten (EUR/jr)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/xlsx.py" line="48" />
            <source>Revenue (EUR/yr)</source>
            <translation>Opbrengst (EUR/jr)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/xlsx.py" line="49" />
            <source>Net (EUR/yr)</source>
            <translation>Netto (EUR/jr)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/xlsx.py" line="53" />
            <source>Stakeholder</source>
            <translation>Contactpersoon</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/xlsx.py" line="54" />
            <source>Notes</source>
            <translation>Opmerkingen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/xlsx.py" line="55" />
            <source>Created</source>
            <translation>Aangemaakt</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/xlsx.py" line="56" />
            <source>Created by</source>
            <translation>Aangemaakt door</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/xlsx.py" line="57" />
            <source>Updated</source>
            <translation>Gewijzigd</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/xlsx.py" line="58" />
            <source>Updated by</source>
            <translation>Gewijzigd door</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/xlsx.py" line="59" />
            <source>Count</source>
            <translation>Aantal</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/xlsx.py" line="60" />
            <source>Area (ha)</source>
            <translation>Oppervlakte (ha)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/xlsx.py" line="61" />
            <source>Length (m)</source>
            <translation>Lengte (m)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/xlsx.py" line="71" />
            <source>Per pilot and theme</source>
            <translation>Per pilot en thema</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/xlsx.py" line="72" />
            <source>Per pilot and status</source>
            <translation>Per pilot en status</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/xlsx.py" line="74" />
            <source>About this export</source>
            <translation>Over deze export</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/xlsx.py" line="142" />
            <source>All pilots</source>
            <translation>Alle pilots</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/xlsx.py" line="243" />
            <source>Item</source>
            <translation>Onderdeel</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/xlsx.py" line="243" />
            <source>Value</source>
            <translation>Waarde</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/overlay.py" line="91" />
            <source>&gt; {0} m (beyond the outer band)</source>
            <translation>&gt; {0} m (buiten de buitenste afstandszone)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/overlay.py" line="93" />
            <source>0 m (inside or touching)</source>
            <translation>0 m (in of grenzend aan Natura 2000)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/overlay.py" line="128" />
            <source>Areas need a projected CRS in metres (e.g. EPSG:28992); got {0}.</source>
            <translation>Voor oppervlakten is een geprojecteerd CRS in meters nodig (bijv. EPSG:28992); opgegeven: {0}.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/overlay.py" line="211" />
            <source>The pilots layer holds no usable polygon.</source>
            <translation>De pilotlaag bevat geen bruikbare polygoon.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/overlay.py" line="278" />
            <source>The parcels layer has no field '{0}'.</source>
            <translation>De percelenlaag heeft geen veld '{0}'.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/flagging/bands.py" line="23" />
            <source>Give at least one distance band in metres, e.g. 100,250,500,1000.</source>
            <translation>Geef ten minste één afstandszone in meters op, bijvoorbeeld 100,250,500,1000.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/flagging/bands.py" line="30" />
            <source>'{0}' is not a distance in metres. Write the bands as whole numbers, e.g. 100,250,500.</source>
            <translation>'{0}' is geen afstand in meters. Schrijf de zones als hele getallen, bijvoorbeeld 100,250,500.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/flagging/bands.py" line="36" />
            <source>'{0}' is not a whole number of metres.</source>
            <translation>'{0}' is geen geheel aantal meters.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/flagging/bands.py" line="38" />
            <source>Distance bands must be greater than 0 m; got '{0}'.</source>
            <translation>Afstandszones moeten groter zijn dan 0 m; opgegeven: '{0}'.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/flagging/bands.py" line="47" />
            <source>At most 50 distance bands are supported.</source>
            <translation>Er worden ten hoogste 50 afstandszones ondersteund.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/tagging/build.py" line="126" />
            <source>{ref}: no usable polygon geometry; skipped.</source>
            <translation>{ref}: geen bruikbare polygoongeometrie; overgeslagen.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/tagging/build.py" line="130" />
            <source>{ref}: invalid geometry repaired before tagging.</source>
            <translation>{ref}: ongeldige geometrie hersteld voordat de maatregel werd toegekend.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/tagging/build.py" line="135" />
            <source>{ref}: cannot transform to EPSG:28992 ({error}); skipped.</source>
            <translation>{ref}: kan niet naar EPSG:28992 omzetten ({error}); overgeslagen.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/tagging/build.py" line="142" />
            <source>{ref}: measure {code} is meant for {fits}, not for {category}.</source>
            <translation>{ref}: maatregel {code} is bedoeld voor {fits}, niet voor {category}.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/tagging/build.py" line="150" />
            <source>{ref}: the parcel lies outside every pilot.</source>
            <translation>{ref}: het perceel ligt buiten elke pilot.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/tagging/build.py" line="192" />
            <source>The merged parcels lie in several pilots ({pilots}); the measure is filed under {first}.</source>
            <translation>De samengevoegde percelen liggen in meerdere pilots ({pilots}); de maatregel staat onder {first}.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/tagging/build.py" line="219" />
            <source>{code} is counted in metres: the length was estimated from the parcel shape; check it.</source>
            <translation>{code} wordt in meters geteld: de lengte is geschat uit de vorm van het perceel; controleer die.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/tagging/duplicates.py" line="38" />
            <source>{ref}: measure {code} is already in the register for this parcel.</source>
            <translation>{ref}: maatregel {code} staat al in het register voor dit perceel.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/tagging/duplicates.py" line="36" />
            <source>{ref}: measure {code} is tagged twice.</source>
            <translation>{ref}: maatregel {code} is twee keer toegekend.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/boundary.py" line="33" />
            <source>The boundary is empty.</source>
            <translation>De begrenzing is leeg.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/boundary.py" line="36" />
            <source>The boundary has no area: draw or choose a polygon.</source>
            <translation>De begrenzing heeft geen oppervlakte: teken of kies een polygoon.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/boundary.py" line="46" />
            <source>The boundary has no valid coordinate reference system.</source>
            <translation>De begrenzing heeft geen geldig coördinatenstelsel.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/boundary.py" line="53" />
            <source>The boundary cannot be transformed to EPSG:28992 (is it in the Netherlands?): {0}</source>
            <translation>De begrenzing kan niet naar EPSG:28992 worden omgezet (ligt ze in Nederland?): {0}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/boundary.py" line="63" />
            <source>The layer is not available (removed from the project?).</source>
            <translation>De laag is niet beschikbaar (uit het project verwijderd?).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/boundary.py" line="65" />
            <source>The layer '{0}' has no polygons; choose a polygon layer.</source>
            <translation>De laag '{0}' bevat geen polygonen; kies een polygoonlaag.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/boundary.py" line="74" />
            <source>Select the feature(s) that make up the pilot boundary first.</source>
            <translation>Selecteer eerst het object of de objecten die samen de pilotgrens vormen.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/boundary.py" line="80" />
            <source>The selected features have no geometry.</source>
            <translation>De geselecteerde objecten hebben geen geometrie.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/boundary.py" line="102" />
            <source>The Natura 2000 layer '{0}' has no area name field (naam_n2k, naamN2K, naam or name).</source>
            <translation>De Natura 2000-laag '{0}' heeft geen veld met de gebiedsnaam (naam_n2k, naamN2K, naam of name).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/boundary.py" line="111" />
            <source>The pilot '{0}' lists no Natura 2000 areas: add them in Manage pilots first.</source>
            <translation>De pilot '{0}' noemt geen Natura 2000-gebieden: voeg ze eerst toe via Pilots beheren.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/boundary.py" line="132" />
            <source>The margin must be between 0 and {0} m.</source>
            <translation>De marge moet tussen 0 en {0} m liggen.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/boundary.py" line="137" />
            <source>None of the pilot's Natura 2000 areas ({0}) is in the layer '{1}'.</source>
            <translation>Geen van de Natura 2000-gebieden van de pilot ({0}) staat in de laag '{1}'.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/boundary.py" line="152" />
            <source>A Natura 2000 area cannot be transformed to EPSG:28992: {0}</source>
            <translation>Een Natura 2000-gebied kan niet naar EPSG:28992 worden omgezet: {0}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/boundary.py" line="163" />
            <source>The pilot's Natura 2000 areas have no geometry.</source>
            <translation>De Natura 2000-gebieden van de pilot hebben geen geometrie.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/measures/catalogue.py" line="175" />
            <source>the file does not exist or is not a file</source>
            <translation>het bestand bestaat niet of is geen bestand</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/measures/catalogue.py" line="139" />
            <source>cannot read the file: {error}</source>
            <translation>kan het bestand niet lezen: {error}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/measures/catalogue.py" line="222" />
            <source>line 1: missing column(s): {columns}</source>
            <translation>regel 1: ontbrekende kolom(men): {columns}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/measures/catalogue.py" line="227" />
            <source>line {line}: more values than columns (quote text that holds a '{sep}')</source>
            <translation>regel {line}: meer waarden dan kolommen (zet tekst met een '{sep}' tussen aanhalingstekens)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/measures/catalogue.py" line="244" />
            <source>line {line}: not valid JSON: {error}</source>
            <translation>regel {line}: geen geldige JSON: {error}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/measures/catalogue.py" line="248" />
            <source>line 1: expected a list of measures</source>
            <translation>regel 1: een lijst met maatregelen verwacht</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/measures/catalogue.py" line="253" />
            <source>measure {n}: expected an object</source>
            <translation>maatregel {n}: een object verwacht</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/measures/catalogue.py" line="262" />
            <source>measure {n}: missing key(s): {keys}</source>
            <translation>maatregel {n}: ontbrekende sleutel(s): {keys}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/measures/catalogue.py" line="274" />
            <source>line {line}: {column} '{value}' is not a number (use e.g. 181 or 400.07)</source>
            <translation>regel {line}: {column} '{value}' is geen getal (gebruik bijv. 181 of 400.07)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/measures/catalogue.py" line="282" />
            <source>line {line}: {column} must not be negative</source>
            <translation>regel {line}: {column} mag niet negatief zijn</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/measures/catalogue.py" line="323" />
            <source>line {line}: the code is empty</source>
            <translation>regel {line}: de code is leeg</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/measures/catalogue.py" line="325" />
            <source>line {line}: duplicate code {code} (first on line {first})</source>
            <translation>regel {line}: dubbele code {code} (eerst op regel {first})</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/measures/catalogue.py" line="333" />
            <source>line {line}: both names are empty</source>
            <translation>regel {line}: beide namen zijn leeg</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/measures/catalogue.py" line="336" />
            <source>line {line}: unknown theme '{theme}' (expected one of {known})</source>
            <translation>regel {line}: onbekend thema '{theme}' (verwacht een van {known})</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/measures/catalogue.py" line="350" />
            <source>line {line}: unknown unit '{unit}' (expected one of {known})</source>
            <translation>regel {line}: onbekende eenheid '{unit}' (verwacht een van {known})</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/measures/catalogue.py" line="361" />
            <source>line {line}: unknown BRP category '{category}' (expected {known})</source>
            <translation>regel {line}: onbekende BRP-categorie '{category}' (verwacht {known})</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/measures/catalogue.py" line="371" />
            <source>line {line}: a euro figure needs a source</source>
            <translation>regel {line}: een bedrag in euro heeft een bron nodig</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/measures/catalogue.py" line="394" />
            <source>the catalogue holds no measures</source>
            <translation>de catalogus bevat geen maatregelen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/work_gpkg.py" line="191" />
            <source>{0} is not a GeoPackage QGIS can read.</source>
            <translation>{0} is geen GeoPackage die QGIS kan lezen.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/work_gpkg.py" line="126" />
            <source>Cannot create the work GeoPackage {0}: {1}</source>
            <translation>Kan de werk-GeoPackage {0} niet aanmaken: {1}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/work_gpkg.py" line="135" />
            <source>The work GeoPackage {0} has no pilot boundaries table.</source>
            <translation>De werk-GeoPackage {0} heeft geen tabel met pilotgrenzen.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/work_gpkg.py" line="156" />
            <source>The boundary of '{0}' is empty; nothing was stored.</source>
            <translation>De begrenzing van '{0}' is leeg; er is niets opgeslagen.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/work_gpkg.py" line="177" />
            <source>Cannot store the boundary in {0}: {1}</source>
            <translation>Kan de begrenzing niet opslaan in {0}: {1}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/data.py" line="49" />
            <source>Cannot copy the demo data to {0}: {1}</source>
            <translation>Kan de demogegevens niet kopiëren naar {0}: {1}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/values.py" line="107" />
            <source>the geometry lies outside the Netherlands in EPSG:28992 (was it transformed?)</source>
            <translation>de geometrie ligt in EPSG:28992 buiten Nederland (is ze wel omgezet?)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/plugin.py" line="73" />
            <source>Open the demo pilot</source>
            <translation>Demopilot openen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/plugin.py" line="74" />
            <source>Load the fictional demo data, show its first pilot and flag its parcels</source>
            <translation>De fictieve demogegevens laden, de eerste pilot tonen en de afstanden van de percelen bepalen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/data.py" line="124" />
            <source>Could not prepare the flagging input: {0}</source>
            <translation>De invoer voor het bepalen van de afstanden kon niet worden voorbereid: {0}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/register_filters.py" line="35" />
            <source>Pilots (empty = all)</source>
            <translation>Pilots (leeg = alle)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/selection.py" line="116" />
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/selection.py" line="116" />
            <source>theme</source>
            <translation>thema</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/area_params.py" line="34" />
            <source>Natura 2000 areas</source>
            <translation>Natura 2000-gebieden</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/area_params.py" line="38" />
            <source>Area name field</source>
            <translation>Veld met gebiedsnaam</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/area_params.py" line="38" />
            <source>Field holding the area name. Empty: the first of naam_n2k, naamN2K, naam, name that exists.</source>
            <translation>Veld met de gebiedsnaam. Leeg: het eerste bestaande veld van naam_n2k, naamN2K, naam, name.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/area_params.py" line="54" />
            <source>Pilot boundaries</source>
            <translation>Pilotgrenzen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/area_params.py" line="54" />
            <source>Pilot boundary polygons; each parcel belongs to the pilot holding most of it, and features with the same name form one pilot.</source>
            <translation>Polygonen van pilotgrenzen; elk perceel hoort bij de pilot waarin het grootste deel ervan ligt, en objecten met dezelfde naam vormen samen één pilot.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/area_params.py" line="63" />
            <source>Pilot name field</source>
            <translation>Veld met pilotnaam</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/area_params.py" line="63" />
            <source>Field of the pilot layer holding the pilot name. Empty: name, naam or pilot if present, else the first text field, else the feature id.</source>
            <translation>Veld van de pilotlaag met de pilotnaam. Leeg: name, naam of pilot als dat bestaat, anders het eerste tekstveld, anders het object-id.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/area_params.py" line="77" />
            <source>Distance bands (m)</source>
            <translation>Afstandszones (m)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/area_params.py" line="77" />
            <source>Upper limits of the distance bands in whole metres, separated by commas (default 100,250,500,1000). A distance exactly on a limit is in that band.</source>
            <translation>Bovengrenzen van de afstandszones in hele meters, gescheiden door komma's (standaard 100,250,500,1000). Een afstand precies op een grens valt in die zone.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/area_params.py" line="88" />
            <source>CRS for distances and areas</source>
            <translation>CRS voor afstanden en oppervlakten</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/area_params.py" line="34" />
            <source>Natura 2000 area polygons (e.g. RVO's natura2000 layer); the area number comes from nr.</source>
            <translation>Polygonen van Natura 2000-gebieden (bijvoorbeeld de natura2000-laag van RVO); het gebiedsnummer komt uit nr.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/base.py" line="58" />
            <source>Natura 2000</source>
            <translation>Natura 2000</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/home.py" line="54" />
            <source>No register chosen</source>
            <translation>Geen register gekozen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/home.py" line="58" />
            <source>{0} in your QGIS profile (not beside a project)</source>
            <translation>{0} in uw QGIS-profiel (niet naast een project)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/home.py" line="60" />
            <source>{0} (not created yet)</source>
            <translation>{0} (nog niet aangemaakt)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/home.py" line="101" />
            <source>The register {0} does not exist.</source>
            <translation>Het register {0} bestaat niet.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/home.py" line="103" />
            <source>{0} exists already; it was left as it is. Choose it, or another file name.</source>
            <translation>{0} bestaat al en is ongewijzigd gelaten. Kies dat bestand, of een andere bestandsnaam.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/home.py" line="116" />
            <source>The copy of {0} is incomplete; nothing was changed.</source>
            <translation>De kopie van {0} is onvolledig; er is niets gewijzigd.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/home.py" line="119" />
            <source>Could not copy the register to {0}: {1}</source>
            <translation>Het register kon niet naar {0} worden gekopieerd: {1}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/common/layer_crs.py" line="39" />
            <source>{0} has no coordinate reference system and its coordinates look like degrees. Set its CRS (Layer Properties › Source) and run again.</source>
            <translation>{0} heeft geen coördinatenreferentiesysteem en de coördinaten lijken graden. Stel het CRS in (Laageigenschappen › Bron) en voer opnieuw uit.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/common/layer_crs.py" line="45" />
            <source>{0} has no coordinate reference system; its coordinates were read as {1} (Amersfoort / RD New).</source>
            <translation>{0} heeft geen coördinatenreferentiesysteem; de coördinaten zijn gelezen als {1} (Amersfoort / RD New).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/base.py" line="196" />
            <source>'{0}' is not a coordinate reference system QGIS knows. Give one such as EPSG:28992.</source>
            <translation>'{0}' is geen coördinatenreferentiesysteem dat QGIS kent. Geef er een op zoals EPSG:28992.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/totals.py" line="154" />
            <source>Cost not known for {count} measure(s).</source>
            <translation>Kosten onbekend voor {count} maatregel(en).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/totals.py" line="156" />
            <source>Revenue not known for {count} measure(s).</source>
            <translation>Opbrengst onbekend voor {count} maatregel(en).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/totals.py" line="158" />
            <source>Net over the measures with both figures; {count} measure(s) left out.</source>
            <translation>Netto over de maatregelen met beide bedragen; {count} maatregel(en) weggelaten.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/flagging/run.py" line="169" />
            <source>{0} of the {1} features of {2} have no usable geometry (null or empty) and were left out.</source>
            <translation>{0} van de {1} objecten van {2} hebben geen bruikbare geometrie (ontbrekend of leeg) en zijn weggelaten.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/flagging/run.py" line="204" />
            <source>The pilot name field '{0}' is empty in every pilot feature, so no parcel could be given a pilot. Choose the field that holds the pilot names as 'Pilot name field'.</source>
            <translation>Het pilotnaamveld '{0}' is leeg in elk pilotobject, dus geen enkel perceel zou een pilot krijgen. Kies bij 'Veld met pilotnaam' het veld dat de pilotnamen bevat.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/flagging/run.py" line="211" />
            <source>{0} of the {1} pilot features have an empty '{2}'; parcels in them get no pilot name.</source>
            <translation>{0} van de {1} pilotobjecten hebben een leeg '{2}'; percelen daarin krijgen geen pilotnaam.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/flagging/run.py" line="304" />
            <source>The pilots layer</source>
            <translation>De pilotlaag</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/flagging/run.py" line="302" />
            <source>The Natura 2000 layer</source>
            <translation>De Natura 2000-laag</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/scoring/run.py" line="157" />
            <source>The parcels layer</source>
            <translation>De percelenlaag</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/flagging/run.py" line="254" />
            <source>the pilots layer</source>
            <translation>de pilotlaag</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/flagging/run.py" line="243" />
            <source>the Natura 2000 layer</source>
            <translation>de Natura 2000-laag</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/overlay.py" line="259" />
            <source>The parcels were flagged with an outer band of {0}, less than the {1} m given here, so {2} parcels without a distance could lie within it: every distance was computed again.</source>
            <translation>De afstanden van de percelen zijn bepaald met een buitenste afstandszone van {0}, minder dan de hier opgegeven {1} m, dus {2} percelen zonder afstand kunnen erbinnen liggen: alle afstanden zijn opnieuw berekend.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/overlay.py" line="259" />
            <source>at most {0} m</source>
            <translation>hoogstens {0} m</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/overlay.py" line="259" />
            <source>unknown width</source>
            <translation>onbekende breedte</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/measures/catalogue.py" line="144" />
            <source>the file is not valid UTF-16: {error}</source>
            <translation>het bestand is geen geldige UTF-16: {error}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/measures/catalogue.py" line="152" />
            <source>the file is neither UTF-8 nor Windows-1252 ({error}); save it as "CSV UTF-8" in your spreadsheet program</source>
            <translation>het bestand is geen UTF-8 en geen Windows-1252 ({error}); sla het op als "CSV UTF-8" in uw spreadsheetprogramma</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/measures/catalogue.py" line="161" />
            <source>The measures catalogue {path} is not UTF-8; it was read as Windows-1252 (what Excel writes for plain CSV). Check names with accents, or save it as "CSV UTF-8" to be sure.</source>
            <translation>De maatregelencatalogus {path} is geen UTF-8; hij is gelezen als Windows-1252 (wat Excel schrijft bij gewone CSV). Controleer namen met accenten, of sla hem op als "CSV UTF-8" om zeker te zijn.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/measures/catalogue.py" line="178" />
            <source>the file holds binary data; save it as CSV (UTF-8) or JSON</source>
            <translation>het bestand bevat binaire gegevens; sla het op als CSV (UTF-8) of JSON</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/measures/catalogue.py" line="294" />
            <source>line {line}: max_distance_m '{value}' is not a distance in metres (0 or more)</source>
            <translation>regel {line}: max_distance_m '{value}' is geen afstand in meters (0 of meer)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/measures/catalogue.py" line="306" />
            <source>line {line}: excludes '{pattern}' matches no code of the catalogue</source>
            <translation>regel {line}: excludes '{pattern}' past bij geen enkele code van de catalogus</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/flagging/run.py" line="178" />
            <source>The Natura 2000 area '{0}' has the number {1}, more than the field n2k_nr holds.</source>
            <translation>Het Natura 2000-gebied '{0}' heeft het nummer {1}, meer dan het veld n2k_nr kan bevatten.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/flagging/bands.py" line="40" />
            <source>The band '{0}' is larger than the band fields hold (at most {1} m).</source>
            <translation>De afstandszone '{0}' is groter dan de zonevelden kunnen bevatten (hoogstens {1} m).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/summary_table.py" line="76" />
            <source>The register {name} holds no measures: the totals are empty.</source>
            <translation>Het register {name} bevat geen maatregelen: de totalen zijn leeg.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/summary_table.py" line="107" />
            <source>Row {number} of the totals could not be written to {destination}{error}.</source>
            <translation>Rij {number} van de totalen kon niet naar {destination} worden geschreven{error}.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/verify.py" line="51" />
            <source>The written file {name} cannot be read back: {error}</source>
            <translation>Het geschreven bestand {name} kan niet worden teruggelezen: {error}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/verify.py" line="68" />
            <source>The PDF {path} was not written completely (is the disk full?).</source>
            <translation>De pdf {path} is niet volledig geschreven (is de schijf vol?).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/verify.py" line="81" />
            <source>{path}: {found} of {expected} measures were written (is the disk full?); nothing was replaced.</source>
            <translation>{path}: {found} van de {expected} maatregelen zijn geschreven (is de schijf vol?); er is niets vervangen.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/verify.py" line="102" />
            <source>{path}: {found} of {expected} rows were written (is the disk full?).</source>
            <translation>{path}: {found} van de {expected} rijen zijn geschreven (is de schijf vol?).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/selection.py" line="213" />
            <source>Read {seen} of the {expected} measures in the register {layer}; nothing was exported. Try again.</source>
            <translation>{seen} van de {expected} maatregelen in het register {layer} gelezen; er is niets geëxporteerd. Probeer het opnieuw.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/selection.py" line="222" />
            <source>Could not copy the measures: {error}</source>
            <translation>Kan de maatregelen niet kopiëren: {error}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/data.py" line="111" />
            <source>Could not prepare the CSV table: {error}</source>
            <translation>Kan de CSV-tabel niet voorbereiden: {error}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/run.py" line="73" />
            <source>Choose at least one output file.</source>
            <translation>Kies ten minste één uitvoerbestand.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/run.py" line="75" />
            <source>Two outputs have the same file name; give each its own.</source>
            <translation>Twee uitvoerbestanden hebben dezelfde naam; geef elk een eigen naam.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/run.py" line="87" />
            <source>Reading the register…</source>
            <translation>Register lezen…</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/run.py" line="100" />
            <source>The register {name} holds no measures: the outputs are empty.</source>
            <translation>Het register {name} bevat geen maatregelen: de uitvoerbestanden zijn leeg.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/run.py" line="104" />
            <source>{count} measures selected.</source>
            <translation>{count} maatregelen geselecteerd.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/run.py" line="129" />
            <source>Writing {path}…</source>
            <translation>{path} schrijven…</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/run.py" line="136" />
            <source>Could not write {path}: {error}</source>
            <translation>Kan {path} niet schrijven: {error}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/run.py" line="162" />
            <source>{count} text(s) longer than the 32,767 characters a spreadsheet cell holds were cut in the XLSX (column and row: {where}); the other formats hold them whole.</source>
            <translation>{count} tekst(en) langer dan de 32.767 tekens die een spreadsheetcel bevat zijn in de XLSX ingekort (kolom en rij: {where}); de andere formaten bevatten ze volledig.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/run.py" line="180" />
            <source>The register holds no measures.</source>
            <translation>Het register bevat geen maatregelen.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/xlsx.py" line="50" />
            <source>Cost not known (measures)</source>
            <translation>Kosten onbekend (maatregelen)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/xlsx.py" line="51" />
            <source>Revenue not known (measures)</source>
            <translation>Opbrengst onbekend (maatregelen)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/xlsx.py" line="52" />
            <source>Left out of net (measures)</source>
            <translation>Buiten netto (maatregelen)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/describe.py" line="68" />
            <source>all</source>
            <translation>alle</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/describe.py" line="40" />
            <source>Exported at</source>
            <translation>Geëxporteerd op</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/describe.py" line="41" />
            <source>Register</source>
            <translation>Register</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/describe.py" line="42" />
            <source>Pilots</source>
            <translation>Pilots</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/describe.py" line="43" />
            <source>Statuses</source>
            <translation>Statussen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/describe.py" line="44" />
            <source>Themes</source>
            <translation>Thema's</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/describe.py" line="45" />
            <source>Personal data included</source>
            <translation>Persoonsgegevens opgenomen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/describe.py" line="45" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/describe.py" line="45" />
            <source>no</source>
            <translation>nee</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/describe.py" line="48" />
            <source>Amounts</source>
            <translation>Bedragen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/describe.py" line="48" />
            <source>Euros per year; an empty cell means the amount is not known. Totals leave unknown amounts out and say how many measures had none; the net covers only measures with both a cost and a revenue.</source>
            <translation>Euro per jaar; een lege cel betekent dat het bedrag onbekend is. Totalen laten onbekende bedragen weg en vermelden hoeveel maatregelen er geen hadden; het netto omvat alleen maatregelen met zowel kosten als opbrengst.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/describe.py" line="63" />
            <source>Measures: {source}; {count} measures in this export.</source>
            <translation>Maatregelen: {source}; {count} maatregelen in deze export.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/describe.py" line="69" />
            <source>Selection: statuses {statuses}; themes {themes}.</source>
            <translation>Selectie: statussen {statuses}; thema's {themes}.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/describe.py" line="77" />
            <source>Pilot boundaries: {name}.</source>
            <translation>Pilotgrenzen: {name}.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/describe.py" line="79" />
            <source>Natura 2000: {name}.</source>
            <translation>Natura 2000: {name}.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/describe.py" line="81" />
            <source>Base map: {name}.</source>
            <translation>Achtergrondkaart: {name}.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/snapshot.py" line="121" />
            <source>Cannot read a consistent copy of the register {name}: {error}</source>
            <translation>Kan geen consistente kopie van het register {name} lezen: {error}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/snapshot.py" line="161" />
            <source>The register {name} has no table {table}.</source>
            <translation>Het register {name} heeft geen tabel {table}.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/layout_table.py" line="111" />
            <source>No cost</source>
            <translation>Geen kosten</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/layout_table.py" line="111" />
            <source>No revenue</source>
            <translation>Geen opbrengst</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/layout_table.py" line="111" />
            <source>Not in net</source>
            <translation>Niet in netto</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/layout.py" line="127" />
            <source>Totals per theme (per year; – = not known; No …: measures without that figure)</source>
            <translation>Totalen per thema (per jaar; – = onbekend; Geen …: maatregelen zonder dat bedrag)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/values.py" line="86" />
            <source>{field} {value:g} is beyond any real measure (at most {limit:g})</source>
            <translation>{field} {value:g} ligt buiten elke echte maatregel (hoogstens {limit:g})</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/values.py" line="123" />
            <source>{field} holds '{value}', which is not a number</source>
            <translation>{field} bevat '{value}', en dat is geen getal</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/values.py" line="125" />
            <source>{field} holds {value}, which no real measure has</source>
            <translation>{field} bevat {value}, en dat heeft geen echte maatregel</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/migrations.py" line="105" />
            <source>The register's table {table} holds '{value}' where a version number belongs: the file is damaged. Restore a backup copy (a file named like *.bak-v1.gpkg beside it), or open the table in a database tool and put back the number (1 or 2).</source>
            <translation>De tabel {table} van het register bevat '{value}' waar een versienummer hoort: het bestand is beschadigd. Zet een reservekopie terug (een bestand met een naam als *.bak-v1.gpkg ernaast), of open de tabel in een databaseprogramma en zet het nummer terug (1 of 2).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/common/outputs.py" line="117" />
            <source>{0} exists and is not a data file QGIS can read; it is left as it is. Choose another file name, or delete that file first.</source>
            <translation>{0} bestaat al en is geen gegevensbestand dat QGIS kan lezen; het blijft zoals het is. Kies een andere bestandsnaam of verwijder dat bestand eerst.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/common/outputs.py" line="142" />
            <source>To add a layer to that file, choose 'Save to GeoPackage…' in the output's menu and give a new layer name, or write the output as ogr:dbname='{0}' table="{1}" (geom); or choose another file.</source>
            <translation>Om een laag aan dat bestand toe te voegen: kies 'Opslaan naar GeoPackage…' in het menu van de uitvoer en geef een nieuwe laagnaam op, of schrijf de uitvoer als ogr:dbname='{0}' table="{1}" (geom); of kies een ander bestand.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/common/outputs.py" line="170" />
            <source>The output {0} is a folder; give a file name.</source>
            <translation>De uitvoer {0} is een map; geef een bestandsnaam op.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/common/outputs.py" line="258" />
            <source>The output {0} is the file of the input '{1}'; the input is never replaced. Choose another file.</source>
            <translation>De uitvoer {0} is het bestand van de invoer '{1}'; de invoer wordt nooit vervangen. Kies een ander bestand.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/common/outputs.py" line="202" />
            <source>{0} already holds other data and a layer '{1}', so the run does not replace the file. {2}</source>
            <translation>{0} bevat al andere gegevens en een laag '{1}', dus deze run vervangt het bestand niet. {2}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/common/outputs.py" line="209" />
            <source>{0} already holds other layers ({1}); the result was added to it as the layer '{2}' instead of replacing the file.</source>
            <translation>{0} bevat al andere lagen ({1}); het resultaat is eraan toegevoegd als de laag '{2}' in plaats van het bestand te vervangen.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/common/outputs.py" line="219" />
            <source>'{0}' is a table of the GeoPackage format itself; give another layer name.</source>
            <translation>'{0}' is een tabel van het GeoPackage-formaat zelf; geef een andere laagnaam op.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/common/outputs.py" line="228" />
            <source>The layer '{0}' in {1} belongs to the measures register or the pilot boundaries and is never replaced. {2}</source>
            <translation>De laag '{0}' in {1} hoort bij het maatregelenregister of de pilotgrenzen en wordt nooit vervangen. {2}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/common/outputs.py" line="236" />
            <source>The layer '{0}' in {1} is the input '{2}'; the input is never replaced. {3}</source>
            <translation>De laag '{0}' in {1} is de invoer '{2}'; de invoer wordt nooit vervangen. {3}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/common/outputs.py" line="269" />
            <source>{0} holds other layers ({1}); the export replaces whole files, so it is not written there. Choose another file.</source>
            <translation>{0} bevat andere lagen ({1}); de export vervangt hele bestanden, dus er wordt daar niet geschreven. Kies een ander bestand.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/common/outputs.py" line="300" />
            <source>The output {0} could not be read back after writing (disk full or not writable?).</source>
            <translation>De uitvoer {0} kon na het schrijven niet worden teruggelezen (schijf vol of niet schrijfbaar?).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/common/outputs.py" line="308" />
            <source>The output {0} holds {1} rows instead of {2} (disk full or write error?).</source>
            <translation>De uitvoer {0} bevat {1} rijen in plaats van {2} (schijf vol of schrijffout?).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/validation/inputs.py" line="136" />
            <source>Cannot read the register's history in {path}: {error}</source>
            <translation>Kan de geschiedenis van het register in {path} niet lezen: {error}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pdok/loader.py" line="241" />
            <source>Loading {0} was canceled.</source>
            <translation>Het laden van {0} is geannuleerd.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/tagging/duplicates.py" line="41" />
            <source>{ref}: measure {code} is already in the register for this parcel ({share:.0f} % overlap with the measure on {other}).</source>
            <translation>{ref}: maatregel {code} staat al in het register voor dit perceel ({share:.0f} % overlap met de maatregel op {other}).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/tagging/service.py" line="79" />
            <source>The parcel layer has no field '{name}' ({role}). Its fields are: {fields}.</source>
            <translation>De percelenlaag heeft geen veld '{name}' ({role}). De velden zijn: {fields}.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/tagging/service.py" line="95" />
            <source>parcel identifier field</source>
            <translation>veld met perceelidentificatie</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/tagging/service.py" line="99" />
            <source>pilot field</source>
            <translation>pilotveld</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/tagging/service.py" line="101" />
            <source>BRP category field</source>
            <translation>veld met BRP-categorie</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/tagging/service.py" line="103" />
            <source>The overlap share must lie between 0 and 100 %, not {share:g} %.</source>
            <translation>Het overlapaandeel moet tussen 0 en 100 % liggen, niet {share:g} %.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/tagging/service.py" line="130" />
            <source>The parcel layer {name}</source>
            <translation>De percelenlaag {name}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/tagging/build.py" line="152" />
            <source>{ref}: no pilot given and the parcel has no {field} field.</source>
            <translation>{ref}: geen pilot opgegeven en het perceel heeft geen veld {field}.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/scoring/raster_mean.py" line="69" />
            <source>{0}: the raster cannot be read.</source>
            <translation>{0}: het raster kan niet worden gelezen.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/scoring/raster_mean.py" line="71" />
            <source>{0}: the raster has no band {1}.</source>
            <translation>{0}: het raster heeft geen rasterband {1}.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/scoring/raster_mean.py" line="73" />
            <source>{0}: the raster has no fixed cell size (a web map?); use a file or a coverage.</source>
            <translation>{0}: het raster heeft geen vaste celgrootte (een webkaart?); gebruik een bestand of een coverage.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/scoring/raster_mean.py" line="80" />
            <source>{0}: band {1} does not hold plain numbers.</source>
            <translation>{0}: rasterband {1} bevat geen gewone getallen.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/scoring/normalise.py" line="51" />
            <source>'{0}' is not a weight. Write them as criterion=number, e.g. {1}.</source>
            <translation>'{0}' is geen gewicht. Schrijf ze als criterium=getal, bijvoorbeeld {1}.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/scoring/normalise.py" line="59" />
            <source>The weight of {0} must be a number; got '{1}'.</source>
            <translation>Het gewicht van {0} moet een getal zijn; opgegeven: '{1}'.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/scoring/normalise.py" line="63" />
            <source>The weight of {0} must be 0 or more; got '{1}'.</source>
            <translation>Het gewicht van {0} moet 0 of meer zijn; opgegeven: '{1}'.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/scoring/normalise.py" line="66" />
            <source>At least one criterion needs a weight above 0.</source>
            <translation>Ten minste één criterium heeft een gewicht boven 0 nodig.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/scoring/normalise.py" line="126" />
            <source>{0}: no parcel has a value; left out.</source>
            <translation>{0}: geen enkel perceel heeft een waarde; weggelaten.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/scoring/normalise.py" line="128" />
            <source>{0}: the same on every parcel; left out.</source>
            <translation>{0}: op elk perceel gelijk; weggelaten.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/scoring/normalise.py" line="130" />
            <source>{0}: scaled 0-1 between {1:.6g} and {2:.6g} ({3}; {4} parcels without a value).</source>
            <translation>{0}: geschaald 0-1 tussen {1:.6g} en {2:.6g} ({3}; {4} percelen zonder waarde).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/scoring/normalise.py" line="130" />
            <source>higher scores higher</source>
            <translation>hoger scoort hoger</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/scoring/normalise.py" line="130" />
            <source>lower scores higher</source>
            <translation>lager scoort hoger</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/scoring/normalise.py" line="158" />
            <source>{0}: 1 for the narrowest gap bridged, 0 for the widest and for parcels bridging none.</source>
            <translation>{0}: 1 voor het smalste overbrugde gat, 0 voor het breedste en voor percelen die niets overbruggen.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/scoring/normalise.py" line="169" />
            <source>Criterion {0}: no data; left out of the score.</source>
            <translation>Criterium {0}: geen gegevens; weggelaten uit de score.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/scoring/normalise.py" line="172" />
            <source>Criterion {0}: weight 0; left out of the score.</source>
            <translation>Criterium {0}: gewicht 0; weggelaten uit de score.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/scoring/run.py" line="116" />
            <source>Nitrogen deposition raster</source>
            <translation>Raster stikstofdepositie</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/scoring/run.py" line="117" />
            <source>Groundwater (GLG) raster</source>
            <translation>Raster grondwater (GLG)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/scoring/run.py" line="118" />
            <source>Elevation raster</source>
            <translation>Hoogteraster</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/scoring/run.py" line="153" />
            <source>The link distance must be greater than 0 m.</source>
            <translation>De verbindingsafstand moet groter zijn dan 0 m.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/scoring/run.py" line="164" />
            <source>{0}: cells of {1} (raster units).</source>
            <translation>{0}: cellen van {1} (rastereenheden).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/scoring/run.py" line="189" />
            <source>nitrogen deposition</source>
            <translation>stikstofdepositie</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/scoring/run.py" line="190" />
            <source>lowest groundwater depth</source>
            <translation>laagste grondwaterstand onder maaiveld</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/scoring/run.py" line="191" />
            <source>elevation above the nearby Natura 2000 land</source>
            <translation>hoogte boven het nabije Natura 2000-gebied</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/scoring/run.py" line="192" />
            <source>patches linked</source>
            <translation>verbonden natuurkernen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/scoring/run.py" line="193" />
            <source>narrowness of the gap bridged</source>
            <translation>smalheid van het overbrugde gat</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/scoring/run.py" line="194" />
            <source>distance to Natura 2000</source>
            <translation>afstand tot Natura 2000</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/checks.py" line="114" />
            <source>{checked} measures checked: {hard} hard errors, {soft} soft warnings.</source>
            <translation>{checked} maatregelen gecontroleerd: {hard} harde fouten, {soft} zachte waarschuwingen.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/checks.py" line="119" />
            <source>Not checked, for want of a layer or history: {rules}.</source>
            <translation>Niet gecontroleerd, bij gebrek aan een laag of geschiedenis: {rules}.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/base.py" line="73" />
            <source>The output never replaces data the run did not create: a GeoPackage holding other layers (such as the work GeoPackage with the measures register) or an input's file gets the result as a new layer; the register's tables and the input layers are never replaced. Every check runs before the output is written, so a refused run leaves an earlier output as it was; a write that fails (e.g. a full disk) is an error. A layer without a CRS is read as EPSG:28992 with a warning, and refused when its coordinates look like degrees.</source>
            <translation>De uitvoer vervangt nooit gegevens die de run niet zelf heeft gemaakt: een GeoPackage met andere lagen (zoals de werk-GeoPackage met het maatregelenregister) of het bestand van een invoer krijgt het resultaat als nieuwe laag; de tabellen van het register en de invoerlagen worden nooit vervangen. Alle controles gebeuren voordat de uitvoer wordt geschreven, dus een geweigerde run laat een eerdere uitvoer zoals die was; schrijven dat mislukt (bijv. een volle schijf) is een fout. Een laag zonder CRS wordt gelezen als EPSG:28992, met een waarschuwing, en geweigerd als de coördinaten op graden lijken.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/base.py" line="168" />
            <source>The earlier {0} was left as it was.</source>
            <translation>De eerdere {0} is gelaten zoals die was.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/base.py" line="170" />
            <source>The incomplete file was removed.</source>
            <translation>Het onvolledige bestand is verwijderd.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/area_params.py" line="88" />
            <source>Projected CRS in metres in which distances and areas are measured (default EPSG:28992, Amersfoort / RD New). A geographic CRS (degrees) or one QGIS does not know is refused; outputs keep the input's CRS.</source>
            <translation>Geprojecteerd CRS in meters waarin afstanden en oppervlakten worden gemeten (standaard EPSG:28992, Amersfoort / RD New). Een geografisch CRS (graden) of een CRS dat QGIS niet kent wordt geweigerd; de uitvoer houdt het CRS van de invoer.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/plugin.py" line="90" />
            <source>Settings…</source>
            <translation>Instellingen…</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/common/outputs.py" line="362" />
            <source>Cannot replace {0}: {1}. Is it open in another program?</source>
            <translation>Kan {0} niet vervangen: {1}. Is het geopend in een ander programma?</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/base.py" line="173" />
            <source>The output is incomplete; delete it and run again.</source>
            <translation>De uitvoer is onvolledig; verwijder die en voer opnieuw uit.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/validation/new_measures.py" line="49" />
            <source>{ref}: {message} ({code}, {severity})</source>
            <translation>{ref}: {message} ({code}, {severity})</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/flagging/run.py" line="189" />
            <source>The Natura 2000 layer has none of the name fields {0}; the area names stay empty. Choose the field holding them as 'Area name field'.</source>
            <translation>De Natura 2000-laag heeft geen van de naamvelden {0}; de gebiedsnamen blijven leeg. Kies het veld met de namen bij 'Veld met gebiedsnaam'.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/flagging/run.py" line="196" />
            <source>The Natura 2000 layer has no field 'nr'; the area numbers stay empty.</source>
            <translation>De Natura 2000-laag heeft geen veld 'nr'; de gebiedsnummers blijven leeg.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/scoring/run.py" line="150" />
            <source>The nature layer must hold polygons.</source>
            <translation>De natuurlaag moet polygonen bevatten.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/export_checks.py" line="34" />
            <source>Checking measures…</source>
            <translation>Maatregelen controleren…</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/export_checks.py" line="61" />
            <source>Nothing was exported: {count} hard error(s) in the selected measures, and hard errors were to be refused (REFUSE_HARD_ERRORS). Correct them, or check with a4b:validatemeasures:</source>
            <translation>Er is niets geëxporteerd: {count} harde fout(en) in de geselecteerde maatregelen, en harde fouten moesten geweigerd worden (REFUSE_HARD_ERRORS). Verbeter ze, of controleer met a4b:validatemeasures:</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/snapshot.py" line="209" />
            <source>The layer {name} has unsaved edits; they are not in this result (save them first).</source>
            <translation>De laag {name} heeft niet-opgeslagen bewerkingen; die staan niet in dit resultaat (sla ze eerst op).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/verify.py" line="75" />
            <source>{path} was not written completely (is the disk full?); nothing was replaced: {error}</source>
            <translation>{path} is niet volledig geschreven (is de schijf vol?); er is niets vervangen: {error}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/pg_connect.py" line="103" />
            <source>'{schema}' cannot name a team register's schema: use lower-case letters, digits and underscores (at most 41), starting with a letter.</source>
            <translation>'{schema}' kan geen schema van een teamregister zijn: gebruik kleine letters, cijfers en liggende streepjes (hooguit 41), te beginnen met een letter.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/pg_connect.py" line="119" />
            <source>The register URI holds a password. The plugin never keeps passwords: leave it out and let libpq find it (PGPASSWORD, ~/.pgpass or a service file), or add authcfg=ID for a configuration in QGIS's authentication manager.</source>
            <translation>De URI van het register bevat een wachtwoord. De plug-in bewaart nooit wachtwoorden: laat het weg en laat libpq het vinden (PGPASSWORD, ~/.pgpass of een servicebestand), of voeg authcfg=ID toe voor een configuratie in de authenticatiebeheerder van QGIS.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/pg_connect.py" line="129" />
            <source>The register URI has unknown option(s) {names}; known are schema, authcfg and {known}.</source>
            <translation>De URI van het register heeft onbekende optie(s) {names}; bekend zijn schema, authcfg en {known}.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/pg_connect.py" line="145" />
            <source>The register URI names no database: write postgresql://USER@HOST:PORT/DBNAME?schema=NAME.</source>
            <translation>De URI van het register noemt geen database: schrijf postgresql://GEBRUIKER@HOST:POORT/DATABASE?schema=NAAM.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/pg_connect.py" line="165" />
            <source>QGIS has no PostgreSQL connection named '{name}'. Known connections: {known}.</source>
            <translation>QGIS heeft geen PostgreSQL-verbinding met de naam '{name}'. Bekende verbindingen: {known}.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/pg_connect.py" line="199" />
            <source>QGIS's authentication manager has no usable configuration '{id}' (is the master password set?).</source>
            <translation>De authenticatiebeheerder van QGIS heeft geen bruikbare configuratie '{id}' (is het hoofdwachtwoord ingesteld?).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/pg_connect.py" line="206" />
            <source>The authentication configuration '{id}' uses {method}; a team register needs Basic.</source>
            <translation>De authenticatieconfiguratie '{id}' gebruikt {method}; een teamregister heeft Basic nodig.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/pg_connect.py" line="219" />
            <source>A team register needs psycopg2 (Debian: apt install python3-psycopg2).</source>
            <translation>Een teamregister heeft psycopg2 nodig (Debian: apt install python3-psycopg2).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/pg_connect.py" line="233" />
            <source>Cannot connect to the team register {name}: {error}The password comes from PGPASSWORD, ~/.pgpass, a service file or an authcfg; the plugin keeps none.</source>
            <translation>Kan geen verbinding maken met het teamregister {name}: {error}Het wachtwoord komt uit PGPASSWORD, ~/.pgpass, een servicebestand of een authcfg; de plug-in bewaart er geen.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/common/outputs.py" line="187" />
            <source>{0} holds several layers ({1}); the run does not replace the file. Choose another file.</source>
            <translation>{0} bevat meerdere lagen ({1}); deze run vervangt het bestand niet. Kies een ander bestand.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/gpkg_copy.py" line="37" />
            <source>Cannot read the register {path}: {error}</source>
            <translation>Kan het register {path} niet lezen: {error}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/gpkg_copy.py" line="53" />
            <source>The register {path} is not empty; a copy goes into an empty register only.</source>
            <translation>Het register {path} is niet leeg; een kopie gaat alleen in een leeg register.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/copy.py" line="55" />
            <source>The source and the target are the same register.</source>
            <translation>De bron en het doel zijn hetzelfde register.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/copy.py" line="58" />
            <source>Copying {name} needs a user that may read every column (the editor or owner role); this one may not read the personal columns.</source>
            <translation>Het kopiëren van {name} vraagt een gebruiker die elke kolom mag lezen (de rol editor of owner); deze mag de persoonlijke kolommen niet lezen.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/copy.py" line="75" />
            <source>The copy in {target} holds {count} of {expected} measures; check it before use.</source>
            <translation>De kopie in {target} bevat {count} van de {expected} maatregelen; controleer haar voor gebruik.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/base.py" line="119" />
            <source>The layer '{0}' in {1} is replaced; the file's other layers stay.</source>
            <translation>De laag '{0}' in {1} wordt vervangen; de andere lagen van het bestand blijven.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/pg_setup.py" line="27" />
            <source>The schema {schema} exists already in {name}; choose another schema.</source>
            <translation>Het schema {schema} bestaat al in {name}; kies een ander schema.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/pg_setup.py" line="52" />
            <source>The database user {user} may not set up a team register in {name} (it needs the right to create schemas and roles, or an existing PostGIS): {error}. Nothing was created.</source>
            <translation>De databasegebruiker {user} mag geen teamregister inrichten in {name} (daarvoor is het recht nodig schema's en rollen te maken, of een bestaande PostGIS): {error}. Er is niets gemaakt.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/pg_setup.py" line="59" />
            <source>Setting up the team register {name} failed; nothing was created: {error}</source>
            <translation>Het inrichten van het teamregister {name} is mislukt; er is niets gemaakt: {error}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/suggest_dialog.py" line="56" />
            <source>“{layer}” has no scores: score the parcels first (Pilot workspace › Score parcels…).</source>
            <translation>“{layer}” heeft geen scores: scoor eerst de percelen (Pilotwerkruimte › Percelen scoren…).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/suggest_dialog.py" line="81" />
            <source>No measure to suggest for the selected parcels.</source>
            <translation>Geen maatregel voor te stellen voor de geselecteerde percelen.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/suggest_dialog.py" line="99" />
            <source>Parcels</source>
            <translation>Percelen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/suggest_dialog.py" line="99" />
            <source>Cost / unit</source>
            <translation>Kosten / eenheid</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/suggest_dialog.py" line="99" />
            <source>Revenue / unit</source>
            <translation>Opbrengst / eenheid</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/suggest_dialog.py" line="99" />
            <source>Why</source>
            <translation>Waarom</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/suggest_dialog.py" line="116" />
            <source> (and {0} other reasons)</source>
            <translation> (en {0} andere redenen)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/suggest_dialog.py" line="151" />
            <source>Check the measures to add first.</source>
            <translation>Vink eerst de maatregelen aan die u wilt toevoegen.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/suggest_dialog.py" line="167" />
            <source>Suggested from the score: {0}</source>
            <translation>Voorgesteld op grond van de score: {0}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/suggest_dialog.py" line="187" />
            <source>{0} suggested measures added to the register as ideas.</source>
            <translation>{0} voorgestelde maatregelen als idee aan het register toegevoegd.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/suggest_dialog.py" line="189" />
            <source>{0} left out: the parcel already has that measure, or no usable polygon.</source>
            <translation>{0} weggelaten: het perceel heeft die maatregel al, of geen bruikbare polygoon.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/suggest_dialog.py" line="199" />
            <source>no published figure</source>
            <translation>geen gepubliceerd bedrag</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/scoring/suggest.py" line="61" />
            <source>links {0} nature patches across a gap of {1:.0f} m</source>
            <translation>verbindt {0} natuurkernen over een gat van {1:.0f} m</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/scoring/suggest.py" line="66" />
            <source>dry (lowest groundwater {0:.2f} m below the surface) and {1:.1f} m above the nearby Natura 2000 land: water held here feeds the area</source>
            <translation>droog (laagste grondwaterstand {0:.2f} m onder maaiveld) en {1:.1f} m hoger dan het nabije Natura 2000-gebied: water dat hier wordt vastgehouden voedt het gebied</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/scoring/suggest.py" line="72" />
            <source>dry (lowest groundwater {0:.2f} m below the surface) within {1:.0f} m of Natura 2000</source>
            <translation>droog (laagste grondwaterstand {0:.2f} m onder maaiveld) binnen {1:.0f} m van Natura 2000</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/scoring/suggest.py" line="84" />
            <source>nitrogen deposition {0:.0f} mol N/ha/yr (top third) within 1 km of Natura 2000</source>
            <translation>stikstofdepositie {0:.0f} mol N/ha/jaar (hoogste derde) binnen 1 km van Natura 2000</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/team.py" line="38" />
            <source>Use this register</source>
            <translation>Dit register gebruiken</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/team.py" line="41" />
            <source>Set up a team register</source>
            <translation>Een teamregister inrichten</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/team.py" line="85" />
            <source>Choose a PostgreSQL connection or give a database URI.</source>
            <translation>Kies een PostgreSQL-verbinding of geef een database-URI.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/team.py" line="108" />
            <source>Team register</source>
            <translation>Teamregister</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/team.py" line="108" />
            <source>The team register is set up. Give people their role in the database: {editor} to tag and edit, {reader} to read without the personal columns, {owner} to manage it.</source>
            <translation>Het teamregister is ingericht. Geef mensen hun rol in de database: {editor} om maatregelen toe te kennen en te bewerken, {reader} om te lezen zonder de persoonlijke kolommen, {owner} om het te beheren.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/team.py" line="125" />
            <source>Team…</source>
            <translation>Team…</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/team.py" line="126" />
            <source>Use or set up a team register in PostgreSQL/PostGIS</source>
            <translation>Een teamregister in PostgreSQL/PostGIS gebruiken of inrichten</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/team.py" line="129" />
            <source>Refresh</source>
            <translation>Vernieuwen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/team.py" line="130" />
            <source>Reload the measures: others may have changed the register</source>
            <translation>De maatregelen opnieuw laden: anderen kunnen het register hebben gewijzigd</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/team.py" line="345" />
            <source>Edited by someone else</source>
            <translation>Door iemand anders bewerkt</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/team.py" line="347" />
            <source>Overwrite their change</source>
            <translation>Hun wijziging overschrijven</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/team.py" line="348" />
            <source>Reload</source>
            <translation>Opnieuw laden</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/home.py" line="56" />
            <source>Team register {0}</source>
            <translation>Teamregister {0}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/pg_copy.py" line="68" />
            <source>The team register {name} is not empty; a copy goes into an empty register only.</source>
            <translation>Het teamregister {name} is niet leeg; een kopie gaat alleen in een leeg register.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/pg_copy.py" line="59" />
            <source>Copying into the team register {name} needs its owner role {owner}.</source>
            <translation>Kopiëren naar het teamregister {name} vraagt de rol eigenaar {owner}.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/team_register.py" line="21" />
            <source>Or a team register in PostgreSQL/PostGIS: postgresql://USER@HOST:PORT/DBNAME?schema=NAME or pg-connection:NAME?schema=NAME (no password in it; it comes from authcfg=ID, PGPASSWORD, ~/.pgpass or a service file).</source>
            <translation>Of een teamregister in PostgreSQL/PostGIS: postgresql://GEBRUIKER@HOST:POORT/DATABASE?schema=NAAM of pg-connection:NAAM?schema=NAAM (zonder wachtwoord; dat komt uit authcfg=ID, PGPASSWORD, ~/.pgpass of een servicebestand).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/pdf_parameters.py" line="18" />
            <source>Page size (PDF)</source>
            <translation>Paginaformaat (PDF)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/pdf_parameters.py" line="18" />
            <source>A4 or A3; the same layout as 'Open as print layout' in the Measures panel.</source>
            <translation>A4 of A3; dezelfde opmaak als 'Openen als printlay-out' in het paneel Maatregelen.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/pdf_parameters.py" line="25" />
            <source>Orientation (PDF)</source>
            <translation>Oriëntatie (PDF)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/pdf_parameters.py" line="25" />
            <source>Landscape</source>
            <translation>Liggend</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/pdf_parameters.py" line="25" />
            <source>Portrait</source>
            <translation>Staand</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/pdf_parameters.py" line="25" />
            <source>Landscape puts legend and chart beside the map, portrait below it.</source>
            <translation>Liggend zet legenda en grafiek naast de kaart, staand eronder.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/pdf_parameters.py" line="32" />
            <source>Background map (PDF)</source>
            <translation>Achtergrondkaart van PDOK (PDF)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/pdf_parameters.py" line="32" />
            <source>BRT-Achtergrondkaart, grey (PDOK)</source>
            <translation>BRT-Achtergrondkaart, grijs (PDOK)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/pdf_parameters.py" line="32" />
            <source>Aerial photo (PDOK)</source>
            <translation>Luchtfoto (PDOK)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/pdf_parameters.py" line="32" />
            <source>None</source>
            <translation>Geen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/pdf_parameters.py" line="32" />
            <source>Fetched from PDOK for each page. When PDOK cannot be reached within a few seconds the pages have no background and say so; the export goes on. A raster given as 'Base map' is used instead.</source>
            <translation>Per pagina opgehaald bij PDOK. Is PDOK niet binnen enkele seconden bereikbaar, dan krijgen de pagina's geen achtergrond en staat dat erop; de export gaat door. Een raster dat als 'Achtergrondkaart' is opgegeven, wordt in plaats daarvan gebruikt.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/pdf_parameters.py" line="46" />
            <source>Label parcel references (PDF)</source>
            <translation>Perceelverwijzingen als label (PDF)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/pdf_parameters.py" line="46" />
            <source>Each measure is labelled with its code; with this, also with its parcel reference.</source>
            <translation>Elke maatregel krijgt zijn code als label; hiermee ook de perceelverwijzing.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/pdf_parameters.py" line="51" />
            <source>Page for measures without a pilot (PDF)</source>
            <translation>Pagina voor maatregelen zonder pilot (PDF)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/pdf_parameters.py" line="51" />
            <source>Off by default: measures without a pilot are in the other outputs, but get no map page.</source>
            <translation>Standaard uit: maatregelen zonder pilot staan in de andere uitvoer, maar krijgen geen kaartpagina.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/register_filters.py" line="36" />
            <source>Pilot names separated by ';'. A ',' separates names only when no ';' is given and the whole text is not itself the name of a pilot in the register (so 'Geuldal, Heuvelland' stays one name when the register has it). Any case. Empty: every pilot.</source>
            <translation>Pilotnamen gescheiden door ';'. Een ',' scheidt namen alleen als er geen ';' is gegeven en de hele tekst zelf niet de naam van een pilot in het register is (dus 'Geuldal, Heuvelland' blijft één naam als het register die heeft). Hoofdletters maken niet uit. Leeg: elke pilot.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/register_filters.py" line="44" />
            <source>Statuses (none chosen = all)</source>
            <translation>Statussen (niets gekozen = alle)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/register_filters.py" line="54" />
            <source>Themes (none chosen = all)</source>
            <translation>Thema's (niets gekozen = alle)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/totals.py" line="137" />
            <source>Other or unknown theme</source>
            <translation>Ander of onbekend thema</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/totals.py" line="143" />
            <source>Per theme (area; net per year)</source>
            <translation>Per thema (oppervlakte; netto per jaar)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/measures/catalogue.py" line="343" />
            <source>line {line}: unknown scheme '{scheme}' (expected one of {known})</source>
            <translation>regel {line}: onbekende regeling '{scheme}' (verwacht een van {known})</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/pages.py" line="121" />
            <source>Overview</source>
            <translation>Overzicht</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/layout_table.py" line="103" />
            <source>Theme / pilot</source>
            <translation>Thema / pilot</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/layout.py" line="48" />
            <source>There is no layout for page size {size} in {orientation}.</source>
            <translation>Er is geen opmaak voor paginaformaat {size} in {orientation}.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/layout.py" line="113" />
            <source>Measures – overview of the pilots</source>
            <translation>Maatregelen – overzicht van de pilots</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/layout.py" line="118" />
            <source>Proposals, not decisions: the measures on this map are proposals for discussion; a status says how far each has come.</source>
            <translation>Voorstellen, geen besluiten: de maatregelen op deze kaart zijn voorstellen om te bespreken; de status zegt hoe ver elke maatregel is.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/layout.py" line="124" />
            <source>Page {page} of {pages}</source>
            <translation>Pagina {page} van {pages}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/layout.py" line="127" />
            <source>Totals per pilot (per year; – = not known; No …: measures without that figure)</source>
            <translation>Totalen per pilot (per jaar; – = onbekend; Geen …: maatregelen zonder dat bedrag)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/chart.py" line="157" />
            <source>Area and net per year by theme and status</source>
            <translation>Oppervlakte en netto per jaar per thema en status</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/chart.py" line="163" />
            <source>No measures</source>
            <translation>Geen maatregelen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/chart.py" line="177" />
            <source>Area (ha) by theme and status</source>
            <translation>Oppervlakte (ha) per thema en status</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/chart.py" line="180" />
            <source>Net per year (€)</source>
            <translation>Netto per jaar (€)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/chart.py" line="190" />
            <source>(+n): measures without both a cost and a revenue, left out of the net</source>
            <translation>(+n): maatregelen zonder zowel kosten als opbrengst, buiten het netto</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/facts.py" line="66" />
            <source>Parcels: {datasets} (BRP gewaspercelen, RVO via PDOK, CC0).</source>
            <translation>Percelen: {datasets} (BRP-gewaspercelen, RVO via PDOK, CC0).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/facts.py" line="70" />
            <source>Parcels: kadastrale percelen (BRK, Kadaster via PDOK, CC BY 4.0 Kadaster).</source>
            <translation>Percelen: kadastrale percelen (BRK, Kadaster via PDOK, CC BY 4.0 Kadaster).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/facts.py" line="91" />
            <source>Register: {name}; {count} measures in this export.</source>
            <translation>Register: {name}; {count} maatregelen in deze export.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/facts.py" line="102" />
            <source>Natura 2000: {name} (RVO via PDOK, CC0{date}).</source>
            <translation>Natura 2000: {name} (RVO via PDOK, licentie CC0{date}).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/facts.py" line="102" />
            <source>as of {date}</source>
            <translation>stand {date}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/facts.py" line="113" />
            <source>Exported {date} with the A4B Natura 2000 toolkit {version}; map CRS {crs}.</source>
            <translation>Geëxporteerd {date} met de A4B Natura 2000-toolkit {version}; kaart-CRS {crs}.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/background.py" line="63" />
            <source>no answer within {seconds} s</source>
            <translation>geen antwoord binnen {seconds} s</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/background.py" line="79" />
            <source>the PDOK source catalogue has no source for it</source>
            <translation>de PDOK-bronnencatalogus heeft er geen bron voor</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/background.py" line="83" />
            <source>the PDOK source catalogue has no map endpoint for it</source>
            <translation>de PDOK-bronnencatalogus heeft er geen kaartdienst voor</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/background.py" line="142" />
            <source>Fetching the background map…</source>
            <translation>Achtergrondkaart ophalen…</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/background.py" line="145" />
            <source>No background map: PDOK could not be reached ({problem}).</source>
            <translation>Geen achtergrondkaart: PDOK was niet bereikbaar ({problem}).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/background.py" line="147" />
            <source>No background map: PDOK could not be reached.</source>
            <translation>Geen achtergrondkaart: PDOK was niet bereikbaar.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/background.py" line="164" />
            <source>No background map: PDOK did not deliver it in time.</source>
            <translation>Geen achtergrondkaart: PDOK leverde die niet op tijd.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/background.py" line="168" />
            <source>Background: {credit}, fetched {date}.</source>
            <translation>Achtergrond: {credit}, opgehaald {date}.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/background.py" line="172" />
            <source>{count} page(s) without it: PDOK did not deliver in time.</source>
            <translation>{count} pagina('s) zonder: PDOK leverde niet op tijd.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/xlsx.py" line="43" />
            <source>Scheme</source>
            <translation>Regeling</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/describe.py" line="31" />
            <source>Dropped measures are counted in the totals.</source>
            <translation>Vervallen maatregelen tellen mee in de totalen.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/describe.py" line="32" />
            <source>Dropped measures are left out of the totals (the measures list still holds them).</source>
            <translation>Vervallen maatregelen tellen niet mee in de totalen (de lijst met maatregelen bevat ze wel).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/describe.py" line="47" />
            <source>Dropped measures</source>
            <translation>Vervallen maatregelen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/pdf.py" line="101" />
            <source>None of the chosen measures has a geometry on a pilot's page, so no map can be drawn.</source>
            <translation>Geen van de gekozen maatregelen heeft een geometrie op de pagina van een pilot, dus er kan geen kaart worden getekend.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/pdf.py" line="101" />
            <source>Measures without a pilot get a page only when you ask for it.</source>
            <translation>Maatregelen zonder pilot krijgen alleen een pagina als u daarom vraagt.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/pdf.py" line="136" />
            <source>Background: {name}.</source>
            <translation>Achtergrond: {name}.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/register_filters.py" line="47" />
            <source>The statuses to include; none chosen: every status. In scripts a list of numbers (0 = {first}) or, as before, text with the codes separated by ',': {statuses}.</source>
            <translation>De statussen die meedoen; niets gekozen: elke status. In scripts een lijst met nummers (0 = {first}) of, zoals voorheen, tekst met de codes gescheiden door ',': {statuses}.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/register_filters.py" line="57" />
            <source>The themes to include; none chosen: every theme. In scripts a list of numbers (0 = {first}) or text with the codes separated by ',': {themes} (the last two are the themes of registers made before version 0.2.0).</source>
            <translation>De thema's die meedoen; niets gekozen: elk thema. In scripts een lijst met nummers (0 = {first}) of tekst met de codes gescheiden door ',': {themes} (de laatste twee zijn de thema's van registers van vóór versie 0.2.0).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/data.py" line="31" />
            <source>Pilot boundaries (demo)</source>
            <translation>Pilotgrenzen (demo)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/data.py" line="32" />
            <source>Natura 2000 areas (demo)</source>
            <translation>Natura 2000-gebieden (demo)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/data.py" line="33" />
            <source>BRP parcels (demo)</source>
            <translation>BRP-gewaspercelen (demo)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/layout_project.py" line="44" />
            <source>A4B measures – {register}</source>
            <translation>A4B-maatregelen – {register}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/layout_project.py" line="100" />
            <source>A4B print layout (helper layers)</source>
            <translation>A4B-printlay-out (hulplagen)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/layout_project.py" line="115" />
            <source>The layout {name} could not be added to the project.</source>
            <translation>De lay-out {name} kon niet aan het project worden toegevoegd.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/xlsx.py" line="73" />
            <source>Charts</source>
            <translation>Grafieken</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/xlsx.py" line="75" />
            <source>Checks</source>
            <translation>Controles</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/xlsx.py" line="197" />
            <source>Rule code</source>
            <translation>Regelcode</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/xlsx.py" line="198" />
            <source>Severity</source>
            <translation>Ernst</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/xlsx.py" line="199" />
            <source>Rule</source>
            <translation>Regel</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/export/xlsx.py" line="200" />
            <source>Finding</source>
            <translation>Bevinding</translation>
        </message>
    </context>
    <context>
        <name>A4BOptionsFactory</name>
        <message>
            <location filename="../a4b_qgis_plugin/gui/settings/page.py" line="189" />
            <source>All4Biodiversity</source>
            <translation>All4Biodiversity</translation>
        </message>
    </context>
    <context>
        <name>A4BProvider</name>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/provider.py" line="44" />
            <source>All4Biodiversity</source>
            <translation>All4Biodiversity</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/provider.py" line="47" />
            <source>All4Biodiversity Natura 2000 toolkit</source>
            <translation>All4Biodiversity Natura 2000-toolkit</translation>
        </message>
    </context>
    <context>
        <name>A4BSettingsPage</name>
        <message>
            <location filename="../a4b_qgis_plugin/gui/settings/page.py" line="58" />
            <source>Measures (*.csv *.json)</source>
            <translation>Maatregelen (*.csv *.json)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/settings/page.py" line="58" />
            <source>Pilots (*.json)</source>
            <translation>Pilots (*.json)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/settings/page.py" line="58" />
            <source>PDOK sources (*.json)</source>
            <translation>PDOK-bronnen (*.json)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/settings/page.py" line="70" />
            <source>The shipped catalogue</source>
            <translation>De meegeleverde catalogus</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/settings/page.py" line="71" />
            <source>A catalogue of your own is checked when it is read; its problems are reported in the panels.</source>
            <translation>Een eigen catalogus wordt bij het inlezen gecontroleerd; problemen worden in de panelen gemeld.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/settings/page.py" line="77" />
            <source>The register (work GeoPackage) created beside each project that has not chosen one. A project without a folder keeps it in your QGIS profile.</source>
            <translation>Het register (werk-GeoPackage) dat naast elk project wordt aangemaakt dat zelf geen register heeft gekozen. Een project zonder map bewaart het in uw QGIS-profiel.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/settings/page.py" line="91" />
            <source>Automatic: {0} (follows QGIS's language)</source>
            <translation>Automatisch: {0} (volgt de taal van QGIS)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/settings/page.py" line="97" />
            <source>CSV files are written in UTF-8 with a byte order mark. Excel in Dutch expects semicolons and decimal commas, in English commas and decimal points (language now: {0}).</source>
            <translation>CSV-bestanden worden geschreven in UTF-8 met byte order mark. Excel in het Nederlands verwacht puntkomma's en decimale komma's, in het Engels komma's en decimale punten (taal nu: {0}).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/settings/page.py" line="145" />
            <source>New pilots start with these bands; a project keeps its own.</source>
            <translation>Nieuwe pilots beginnen met deze zones; een project houdt zijn eigen zones.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/settings/page.py" line="155" />
            <source>The separator and the decimal mark must differ: 1,5 would become two columns.</source>
            <translation>Het scheidingsteken en het decimaalteken moeten verschillen: 1,5 zou twee kolommen worden.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/settings/page.ui" line="19" />
            <source>Catalogues (empty: the shipped ones)</source>
            <translation>Catalogi (leeg: de meegeleverde)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/settings/page.ui" line="28" />
            <source>Measures</source>
            <translation>Maatregelen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/settings/page.ui" line="42" />
            <source>Pilots</source>
            <translation>Pilots</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/settings/page.ui" line="56" />
            <source>PDOK sources</source>
            <translation>PDOK-bronnen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/settings/page.ui" line="80" />
            <source>Measures register</source>
            <translation>Maatregelenregister</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/settings/page.ui" line="89" />
            <source>Register file name</source>
            <translation>Bestandsnaam van het register</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/settings/page.ui" line="113" />
            <source>Flagging</source>
            <translation>Afstanden tot Natura 2000</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/settings/page.ui" line="122" />
            <source>Default distance bands (m)</source>
            <translation>Standaard afstandszones (m)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/settings/page.ui" line="146" />
            <source>CSV export</source>
            <translation>CSV-export</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/settings/page.ui" line="155" />
            <source>Column separator</source>
            <translation>Kolomscheidingsteken</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/settings/page.ui" line="169" />
            <source>Decimal mark</source>
            <translation>Decimaalteken</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/settings/page.ui" line="208" />
            <source>Restore defaults</source>
            <translation>Standaardwaarden herstellen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/settings/page.py" line="46" />
            <source>comma (,)</source>
            <translation>komma (,)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/settings/page.py" line="37" />
            <source>semicolon (;)</source>
            <translation>puntkomma (;)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/settings/page.py" line="38" />
            <source>tab</source>
            <translation>tab</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/settings/page.py" line="45" />
            <source>point (.)</source>
            <translation>punt (.)</translation>
        </message>
    </context>
    <context>
        <name>BoundaryActions</name>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/boundary.py" line="27" />
            <source>No boundary yet: set one below.</source>
            <translation>Nog geen begrenzing: stel er hieronder een in.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/boundary.py" line="29" />
            <source>Boundary stored in the work GeoPackage.</source>
            <translation>Begrenzing opgeslagen in de werk-GeoPackage.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/boundary.py" line="31" />
            <source>Boundary from the layer '{0}'.</source>
            <translation>Begrenzing uit de laag '{0}'.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/boundary.py" line="50" />
            <source>The project is not saved yet, so the boundary went to {0}.</source>
            <translation>Het project is nog niet opgeslagen, dus de begrenzing is opgeslagen in {0}.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/boundary.py" line="54" />
            <source>Boundary of {0} stored in {1}.</source>
            <translation>Begrenzing van {0} opgeslagen in {1}.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/boundary.py" line="64" />
            <source>Make the polygon layer with the boundary feature(s) active and select them.</source>
            <translation>Maak de polygoonlaag met de begrenzing actief en selecteer de objecten.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/boundary.py" line="85" />
            <source>Click the corners of the boundary; right-click to finish, Esc to cancel.</source>
            <translation>Klik de hoekpunten van de begrenzing aan; rechtsklik om af te ronden, Esc om te annuleren.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/boundary.py" line="111" />
            <source>Choose a Natura 2000 layer first (or load the demo data).</source>
            <translation>Kies eerst een Natura 2000-laag (of laad de demogegevens).</translation>
        </message>
    </context>
    <context>
        <name>CatalogueError</name>
        <message>
            <location filename="../a4b_qgis_plugin/core/measures/catalogue.py" line="128" />
            <source>The measures catalogue {path} has {count} problem(s):</source>
            <translation>De maatregelencatalogus {path} heeft {count} probleem/problemen:</translation>
        </message>
    </context>
    <context>
        <name>CopyRegisterAlgorithm</name>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_copy_register.py" line="32" />
            <source>Copy a measures register</source>
            <translation>Een maatregelenregister kopiëren</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_copy_register.py" line="35" />
            <source>Copies a measures register with its history: from a GeoPackage into a team register in PostgreSQL/PostGIS (to start a team register from one person's work), or from a team register into a GeoPackage (an offline copy). Every measure keeps its uuid, dates and authors; the history rows are copied as they are.

The source is read as one consistent state, even while others are tagging; the target is written in one transaction and counted against the source, so a failed copy leaves nothing behind. The target must be empty: a new GeoPackage, or a team register just set up with a4b:createregister (copying into it needs its owner role). Copying out of a team register needs a user that may read the personal columns (editor or owner).</source>
            <translation>Kopieert een maatregelenregister met zijn geschiedenis: van een GeoPackage naar een teamregister in PostgreSQL/PostGIS (om een teamregister te beginnen met het werk van één persoon), of van een teamregister naar een GeoPackage (een offline kopie). Elke maatregel houdt zijn uuid, datums en auteurs; de geschiedenisregels worden gekopieerd zoals ze zijn.

De bron wordt gelezen als één samenhangende stand, ook terwijl anderen maatregelen toekennen; het doel wordt in één transactie geschreven en geteld tegen de bron, zodat een mislukte kopie niets achterlaat. Het doel moet leeg zijn: een nieuwe GeoPackage, of een teamregister dat net is ingericht met a4b:createregister (kopiëren daarin vraagt de rol owner). Kopiëren uit een teamregister vraagt een gebruiker die de persoonlijke kolommen mag lezen (editor of owner).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_copy_register.py" line="48" />
            <source>A GeoPackage file, or a team register: postgresql://USER@HOST:PORT/DBNAME?schema=NAME (no password in it) or pg-connection:NAME?schema=NAME.</source>
            <translation>Een GeoPackage-bestand, of een teamregister: postgresql://GEBRUIKER@HOST:POORT/DATABASE?schema=NAAM (zonder wachtwoord) of pg-connection:NAAM?schema=NAAM.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_copy_register.py" line="52" />
            <source>Register to copy</source>
            <translation>Te kopiëren register</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_copy_register.py" line="53" />
            <source>Copy into</source>
            <translation>Kopiëren naar</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_copy_register.py" line="53" />
            <source>A GeoPackage is created; it must not exist or hold an empty register.</source>
            <translation>Een GeoPackage wordt gemaakt; hij mag niet bestaan of moet een leeg register bevatten.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_copy_register.py" line="57" />
            <source>Measures copied</source>
            <translation>Gekopieerde maatregelen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_copy_register.py" line="58" />
            <source>History rows copied</source>
            <translation>Gekopieerde geschiedenisregels</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_copy_register.py" line="59" />
            <source>Copy</source>
            <translation>Kopie</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_copy_register.py" line="68" />
            <source>{measures} measures and {history} history rows copied into {target}.</source>
            <translation>{measures} maatregelen en {history} geschiedenisregels gekopieerd naar {target}.</translation>
        </message>
    </context>
    <context>
        <name>CreateRegisterAlgorithm</name>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_create_register.py" line="36" />
            <source>Set up a team register (PostgreSQL)</source>
            <translation>Een teamregister inrichten (PostgreSQL)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_create_register.py" line="56" />
            <source>PostgreSQL connection</source>
            <translation>PostgreSQL-verbinding</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_create_register.py" line="56" />
            <source>A PostgreSQL connection defined in QGIS's Browser. Empty: give a URI.</source>
            <translation>Een PostgreSQL-verbinding uit de Browser van QGIS. Leeg: geef een URI.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_create_register.py" line="62" />
            <source>Database URI</source>
            <translation>Database-URI</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_create_register.py" line="62" />
            <source>postgresql://USER@HOST:PORT/DBNAME (no password; authcfg=ID or service=NAME may be added as ?authcfg=ID). Used when no connection is chosen.</source>
            <translation>postgresql://GEBRUIKER@HOST:POORT/DATABASE (zonder wachtwoord; authcfg=ID of service=NAAM mag worden toegevoegd als ?authcfg=ID). Gebruikt als geen verbinding is gekozen.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_create_register.py" line="69" />
            <source>Schema</source>
            <translation>Schema</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_create_register.py" line="76" />
            <source>Team register</source>
            <translation>Teamregister</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_create_register.py" line="77" />
            <source>Owner role</source>
            <translation>Rol eigenaar</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_create_register.py" line="78" />
            <source>Editor role</source>
            <translation>Rol bewerker</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_create_register.py" line="79" />
            <source>Reader role</source>
            <translation>Rol lezer</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_create_register.py" line="89" />
            <source>'{uri}' is no PostgreSQL URI: write postgresql://USER@HOST:PORT/DBNAME.</source>
            <translation>'{uri}' is geen PostgreSQL-URI: schrijf postgresql://GEBRUIKER@HOST:POORT/DATABASE.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_create_register.py" line="96" />
            <source>Choose a PostgreSQL connection or give a database URI.</source>
            <translation>Kies een PostgreSQL-verbinding of geef een database-URI.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_create_register.py" line="103" />
            <source>Team register {register} set up. Grant the roles to the users: {owner} (owner), {editor} (tags and edits), {reader} (reads without the personal columns).</source>
            <translation>Teamregister {register} ingericht. Ken de gebruikers hun rollen toe: {owner} (eigenaar), {editor} (kent maatregelen toe en bewerkt), {reader} (leest zonder de persoonlijke kolommen).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_create_register.py" line="39" />
            <source>Creates a measures register in a PostgreSQL/PostGIS database that several people and organisations tag at once: a schema (default a4b) with the tables measures, measures_history and schema_version (the columns and meaning of the GeoPackage register, plus row_version), their indexes, a trigger that writes the history, and three roles for the administrator to grant: SCHEMA_owner (owns everything, may copy a register in), SCHEMA_editor (tags and edits) and SCHEMA_reader (reads, exports and summarises, but cannot read the personal columns stakeholder, created_by and updated_by, nor write).

Run it as a database user that may create schemas and roles. Give the users their roles afterwards, e.g. GRANT a4b_editor TO anna. Nothing is created when any step fails; an existing schema is never changed.

Passwords are never stored: choose a PostgreSQL connection of QGIS's Browser (with its authentication configuration), or give a URI without a password and let libpq find it (PGPASSWORD, ~/.pgpass or a service file).</source>
            <translation>Maakt een maatregelenregister in een PostgreSQL/PostGIS-database waarin meerdere mensen en organisaties tegelijk maatregelen toekennen: een schema (standaard a4b) met de tabellen measures, measures_history en schema_version (de kolommen en betekenis van het GeoPackage-register, plus row_version), hun indexen, een trigger die de geschiedenis schrijft, en drie rollen die de beheerder kan toekennen: SCHEMA_owner (bezit alles, mag een register erin kopiëren), SCHEMA_editor (kent maatregelen toe en bewerkt) en SCHEMA_reader (leest, exporteert en vat samen, maar kan de persoonlijke kolommen stakeholder, created_by en updated_by niet lezen en niet schrijven).

Voer het uit als databasegebruiker die schema's en rollen mag maken. Ken de gebruikers daarna hun rollen toe, bijv. GRANT a4b_editor TO anna. Als een stap mislukt wordt niets gemaakt; een bestaand schema wordt nooit gewijzigd.

Wachtwoorden worden nooit opgeslagen: kies een PostgreSQL-verbinding uit de Browser van QGIS (met haar authenticatieconfiguratie), of geef een URI zonder wachtwoord en laat libpq het vinden (PGPASSWORD, ~/.pgpass of een servicebestand).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_create_register.py" line="69" />
            <source>Schema of the register; it also names the roles (SCHEMA_owner, SCHEMA_editor, SCHEMA_reader). Lower-case letters, digits and underscores.</source>
            <translation>Schema van het register; het geeft ook de rollen hun naam (SCHEMA_owner, SCHEMA_editor, SCHEMA_reader). Kleine letters, cijfers en liggende streepjes.</translation>
        </message>
    </context>
    <context>
        <name>CsvParameters</name>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/csv_params.py" line="32" />
            <source>Automatic (your settings, else QGIS's language)</source>
            <translation>Automatisch (uw instellingen, anders de taal van QGIS)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/csv_params.py" line="33" />
            <source>CSV column separator</source>
            <translation>Kolomscheidingsteken van CSV</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/csv_params.py" line="33" />
            <source>Semicolon (;)</source>
            <translation>Puntkomma (;)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/csv_params.py" line="46" />
            <source>Comma (,)</source>
            <translation>Komma (,)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/csv_params.py" line="33" />
            <source>Tab</source>
            <translation>Tab</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/csv_params.py" line="46" />
            <source>CSV decimal mark</source>
            <translation>Decimaalteken van CSV</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/csv_params.py" line="46" />
            <source>Point (.)</source>
            <translation>Punt (.)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/csv_params.py" line="39" />
            <source>How the columns of a CSV output are separated. Automatic: the plugin's settings (Settings › Options › All4Biodiversity), else the language of QGIS: a semicolon in Dutch, as Dutch Excel expects, a comma in English.</source>
            <translation>Hoe de kolommen van een CSV-uitvoer gescheiden worden. Automatisch: de instellingen van de plug-in (Extra › Opties › All4Biodiversity), anders de taal van QGIS: een puntkomma in het Nederlands, zoals Nederlandstalige Excel verwacht, een komma in het Engels.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/csv_params.py" line="52" />
            <source>The decimal mark of numbers in a CSV output. Automatic: the plugin's settings, else the language of QGIS (a comma in Dutch). CSV files are UTF-8 with a byte order mark.</source>
            <translation>Het decimaalteken van getallen in een CSV-uitvoer. Automatisch: de instellingen van de plug-in, anders de taal van QGIS (een komma in het Nederlands). CSV-bestanden zijn UTF-8 met byte order mark.</translation>
        </message>
    </context>
    <context>
        <name>DockSpec</name>
        <message>
            <location filename="../a4b_qgis_plugin/gui/docks.py" line="27" />
            <source>Pilot workspace</source>
            <translation>Pilotwerkruimte</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/docks.py" line="33" />
            <source>Measures</source>
            <translation>Maatregelen</translation>
        </message>
    </context>
    <context>
        <name>ExportMeasuresAlgorithm</name>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_export_measures.py" line="66" />
            <source>Export measures</source>
            <translation>Maatregelen exporteren</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_export_measures.py" line="92" />
            <source>Measures register</source>
            <translation>Maatregelenregister</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_export_measures.py" line="92" />
            <source>The register's measures table (a4b_work.gpkg|layername=measures) or any layer with the register's fields.</source>
            <translation>De maatregelentabel van het register (a4b_work.gpkg|layername=measures) of een andere laag met de velden van het register.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_export_measures.py" line="103" />
            <source>Include personal data (stakeholder, user names)</source>
            <translation>Persoonsgegevens opnemen (contactpersoon, gebruikersnamen)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_export_measures.py" line="103" />
            <source>Off by default: the stakeholder and the names of who created or changed a measure are personal data under the GDPR.</source>
            <translation>Standaard uit: de contactpersoon en de namen van wie een maatregel aanmaakte of wijzigde zijn persoonsgegevens volgens de AVG.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_export_measures.py" line="133" />
            <source>Pilot boundaries (PDF)</source>
            <translation>Pilotgrenzen (PDF)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_export_measures.py" line="133" />
            <source>Drawn on the PDF maps. Empty: the 'pilot_boundaries' table of the register's or the project's work GeoPackage, if there is one.</source>
            <translation>Getekend op de PDF-kaarten. Leeg: de tabel 'pilot_boundaries' uit de GeoPackage van het register of uit de werk-GeoPackage van het project, als die er is.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_export_measures.py" line="145" />
            <source>Natura 2000 areas (PDF)</source>
            <translation>Natura 2000-gebieden (PDF)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_export_measures.py" line="145" />
            <source>Drawn on the PDF maps when given.</source>
            <translation>Getekend op de PDF-kaarten als ze zijn opgegeven.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_export_measures.py" line="154" />
            <source>Base map (PDF)</source>
            <translation>Achtergrondkaart (PDF)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_export_measures.py" line="154" />
            <source>A raster drawn under the PDF maps, e.g. an aerial photo. None by default.</source>
            <translation>Een raster onder de PDF-kaarten, bijvoorbeeld een luchtfoto. Standaard geen.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_export_measures.py" line="164" />
            <source>GeoPackage</source>
            <translation>GeoPackage</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_export_measures.py" line="164" />
            <source>The measures as table 'measures', in the register's CRS.</source>
            <translation>De maatregelen als tabel 'measures', in het CRS van het register.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_export_measures.py" line="170" />
            <source>GeoJSON (EPSG:4326)</source>
            <translation>GeoJSON (EPSG:4326)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_export_measures.py" line="170" />
            <source>The measures in WGS 84 (EPSG:4326), as GeoJSON requires.</source>
            <translation>De maatregelen in WGS 84 (EPSG:4326), zoals GeoJSON vereist.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_export_measures.py" line="176" />
            <source>CSV table</source>
            <translation>CSV-tabel</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_export_measures.py" line="185" />
            <source>Spreadsheet (XLSX)</source>
            <translation>Spreadsheet (XLSX)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_export_measures.py" line="185" />
            <source>Every measure, and totals per pilot and theme and per pilot and status.</source>
            <translation>Elke maatregel, en totalen per pilot en thema en per pilot en status.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_export_measures.py" line="191" />
            <source>PDF maps (one page per pilot)</source>
            <translation>PDF-kaarten (één pagina per pilot)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_export_measures.py" line="209" />
            <source>Measures exported</source>
            <translation>Geëxporteerde maatregelen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_export_measures.py" line="210" />
            <source>PDF pages</source>
            <translation>PDF-pagina's</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_export_measures.py" line="279" />
            <source>Written: {path}</source>
            <translation>Geschreven: {path}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_export_measures.py" line="73" />
            <source>Exports measures from the measures register (every status unless filtered) for the next step: GIS data for other systems (GeoPackage in the register's CRS, GeoJSON in EPSG:4326, CSV), a spreadsheet with every measure and the totals per pilot and theme and per pilot and status, and a PDF with one map page per pilot.

Every output is optional; fill in the ones you need. Filters left empty select all. The stakeholder and user names are personal data (GDPR) and are left out unless you include them.

Outputs are written to temporary files first and only moved into place when all succeeded and each was read back in full, so a failed export (a full disk too) leaves no half-written file behind. The register is read as one consistent copy, even while another session writes to it.

Amounts: an unknown cost or revenue stays empty, never 0; the totals say how many measures had none, and the net covers only measures with both. In CSV and XLSX, text that a spreadsheet would run as a formula (starting with =, +, -, @) gets a leading '. An empty register gives empty files and a warning.</source>
            <translation>Exporteert maatregelen uit het maatregelenregister (elke status, tenzij gefilterd) voor de volgende stap: GIS-gegevens voor andere systemen (GeoPackage in het CRS van het register, GeoJSON in EPSG:4326, CSV), een spreadsheet met elke maatregel en de totalen per pilot en thema en per pilot en status, en een PDF met één kaartpagina per pilot.

Elke uitvoer is optioneel; vul in wat u nodig hebt. Lege filters selecteren alles. De contactpersoon en de gebruikersnamen zijn persoonsgegevens (AVG) en blijven weg, tenzij u ze opneemt.

De uitvoer wordt eerst naar tijdelijke bestanden geschreven en pas op zijn plaats gezet als alles is gelukt en elk bestand volledig is teruggelezen, dus een mislukte export (ook bij een volle schijf) laat geen half geschreven bestand achter. Het register wordt gelezen als één consistente kopie, ook terwijl een andere sessie erin schrijft.

Bedragen: onbekende kosten of opbrengsten blijven leeg, nooit 0; de totalen vermelden hoeveel maatregelen er geen hadden, en het netto omvat alleen maatregelen met beide. In CSV en XLSX krijgt tekst die een spreadsheet als formule zou uitvoeren (beginnend met =, +, -, @) een ' ervoor. Een leeg register geeft lege bestanden en een waarschuwing.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_export_measures.py" line="112" />
            <source>Count dropped measures in the totals</source>
            <translation>Vervallen maatregelen meetellen in de totalen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_export_measures.py" line="112" />
            <source>Off by default: the totals of the spreadsheet and the PDF leave dropped measures out (both say so); the measures themselves are exported whatever this says.</source>
            <translation>Standaard uit: de totalen in de spreadsheet en de PDF laten vervallen maatregelen weg (beide vermelden dat); de maatregelen zelf worden hoe dan ook geëxporteerd.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_export_measures.py" line="191" />
            <source>An overview page and a map page per pilot showing its whole boundary, with measure codes, legend, scale bar, a chart and a table of totals, and on every page the sources, export date, plugin version and selection. Page size, orientation and background below.</source>
            <translation>Een overzichtspagina en per pilot een kaartpagina met de hele pilotgrens, met maatregelcodes, legenda, schaalbalk, een grafiek en een tabel met totalen, en op elke pagina de bronnen, exportdatum, pluginversie en selectie. Paginaformaat, oriëntatie en achtergrond staan hieronder.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_export_measures.py" line="176" />
            <source>The measures' attributes without geometry, UTF-8 with a byte order mark; the separator and decimal mark follow the CSV parameters (automatic: ; and , in Dutch).</source>
            <translation>De attributen van de maatregelen zonder geometrie, UTF-8 met byte order mark; scheidingsteken en decimaalteken volgen de CSV-parameters (automatisch: ; en , in het Nederlands).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_export_measures.py" line="122" />
            <source>Refuse to export measures with hard errors</source>
            <translation>Export weigeren bij maatregelen met harde fouten</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_export_measures.py" line="122" />
            <source>For delivery runs: the selected measures are checked first (as a4b:validatemeasures does, without a parcel layer) and nothing is exported when any has a hard error; the message lists them. Off by default. The spreadsheet always gets a sheet 'Checks' with every finding.</source>
            <translation>Voor leveringen: de geselecteerde maatregelen worden eerst gecontroleerd (zoals a4b:validatemeasures doet, zonder percelenlaag) en er wordt niets geëxporteerd als er een harde fout in zit; de melding noemt ze. Standaard uit. De spreadsheet krijgt altijd een blad 'Controles' met elke bevinding.</translation>
        </message>
    </context>
    <context>
        <name>FindingsDialog</name>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/checks.ui" line="14" />
            <source>Check measures</source>
            <translation>Maatregelen controleren</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/checks.ui" line="33" />
            <source>Double-click a finding to zoom to its measure.</source>
            <translation>Dubbelklik op een bevinding om naar de maatregel te zoomen.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/checks.ui" line="37" />
            <source>Severity</source>
            <translation>Ernst</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/checks.ui" line="42" />
            <source>Rule</source>
            <translation>Regel</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/checks.ui" line="47" />
            <source>Measure</source>
            <translation>Maatregel</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/checks.ui" line="52" />
            <source>Finding</source>
            <translation>Bevinding</translation>
        </message>
    </context>
    <context>
        <name>FlagActions</name>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/flagging.py" line="35" />
            <source>Choose the parcels and the Natura 2000 layer first (or load the demo data).</source>
            <translation>Kies eerst de percelen en de Natura 2000-laag (of laad de demogegevens).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/flagging.py" line="86" />
            <source>The flagged parcels could not be read from {0}.</source>
            <translation>De percelen met afstandszone konden niet worden gelezen uit {0}.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/flagging.py" line="92" />
            <source>Parcels flagged: {0} within {1} m.</source>
            <translation>Afstanden bepaald: {0} percelen binnen {1} m.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/flagging.py" line="105" />
            <source>Inside or touching Natura 2000</source>
            <translation>In of grenzend aan Natura 2000</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/flagging.py" line="106" />
            <source>Within {0} m</source>
            <translation>Binnen {0} m</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/flagging.py" line="107" />
            <source>Farther than {0} m</source>
            <translation>Verder dan {0} m</translation>
        </message>
    </context>
    <context>
        <name>FlagParcelsAlgorithm</name>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_flag_parcels.py" line="50" />
            <source>Flag parcels near Natura 2000</source>
            <translation>Afstanden tot Natura 2000 bepalen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_flag_parcels.py" line="83" />
            <source>Parcels</source>
            <translation>Percelen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_flag_parcels.py" line="84" />
            <source>Agricultural parcels (e.g. BRP gewaspercelen). Selected features only is supported.</source>
            <translation>Landbouwpercelen (bijvoorbeeld BRP-gewaspercelen). Alleen geselecteerde objecten wordt ondersteund.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_flag_parcels.py" line="92" />
            <source>Flagged parcels</source>
            <translation>Percelen met afstandszone</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_flag_parcels.py" line="93" />
            <source>Every parcel with its attributes and the Natura 2000 fields.</source>
            <translation>Elk perceel met zijn attributen en de Natura 2000-velden.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_flag_parcels.py" line="98" />
            <source>Parcels in band {0} m</source>
            <translation>Percelen in zone {0} m</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_flag_parcels.py" line="101" />
            <source>Parcels within the outer band</source>
            <translation>Percelen binnen de buitenste zone</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_flag_parcels.py" line="104" />
            <source>Parcels beyond the outer band</source>
            <translation>Percelen buiten de buitenste zone</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_flag_parcels.py" line="105" />
            <source>Repaired geometries</source>
            <translation>Herstelde geometrieën</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_flag_parcels.py" line="106" />
            <source>Skipped (null or empty) geometries</source>
            <translation>Overgeslagen (lege of ontbrekende) geometrieën</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_flag_parcels.py" line="125" />
            <source>The Natura 2000 layer is empty.</source>
            <translation>De Natura 2000-laag is leeg.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_flag_parcels.py" line="170" />
            <source>Band {0} m: {1} parcels</source>
            <translation>Zone {0} m: {1} percelen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_flag_parcels.py" line="173" />
            <source>Beyond {0} m: {1} parcels</source>
            <translation>Verder dan {0} m: {1} percelen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_flag_parcels.py" line="174" />
            <source>{0} parcels, {1} invalid geometries repaired, {2} null or empty skipped</source>
            <translation>{0} percelen, {1} ongeldige geometrieën hersteld, {2} lege of ontbrekende overgeslagen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_flag_parcels.py" line="53" />
            <source>Adds to every parcel how near it lies to a Natura 2000 area and how much of it lies inside.

n2k_dist_m: shortest distance in metres to the nearest area (0 where they touch or overlap; NULL beyond the outermost band), rounded to the micrometre. n2k_name, n2k_nr: that area's name and number (field nr); when several are equally near, e.g. overlapping areas, the one listed first. n2k_band: upper bound of the smallest band holding the distance (0 = touching or overlapping, NULL beyond the last band); a parcel exactly on a limit is in that band. n2k_overlap_ha, n2k_overlap_pct: area of the parcel inside Natura 2000 areas (overlapping areas are dissolved first, so nothing is counted twice). a4b_pilot: the pilot whose boundary holds most of the parcel (NULL if none).

Distances and areas are measured in the metric CRS of the advanced parameter (EPSG:28992 by default) whatever the CRS of the inputs; the output keeps the parcels' geometry, attributes and CRS. Invalid geometries are repaired for the computation only. Parcels beyond the outermost band and outside every pilot are settled on their bounding box without a geometry check; REPAIRED counts the repaired parcels within the outermost band or in a pilot. Null or empty geometries get NULL fields and are counted in SKIPPED. A parcels layer that already has one of the output fields is refused rather than overwritten.

Scalar outputs: COUNT_BAND_0 (touching or overlapping), COUNT_BAND_100, COUNT_BAND_250, … (one per band limit, in metres; declared for the usual limits 50, 100, 250, 500, 1000, 1500, 2000, 2500, 3000, 5000, 10000; other limits are returned too), COUNT_FLAGGED (within the outermost band), COUNT_BEYOND, REPAIRED, SKIPPED, and COUNTS_JSON: all of them as one JSON text, e.g. {"bands": {"0": 3, "100": 5, "250": 8}, "flagged": 16, "beyond": 40, "repaired": 1, "skipped": 0, "total": 56}. The log lists the count of every band.</source>
            <translation>Voegt aan elk perceel toe hoe dicht het bij een Natura 2000-gebied ligt en hoeveel ervan erin ligt.

n2k_dist_m: kortste afstand in meters tot het dichtstbijzijnde gebied (0 waar ze elkaar raken of overlappen; NULL voorbij de buitenste zone), afgerond op de micrometer. n2k_name, n2k_nr: naam en nummer (veld nr) van dat gebied; als meerdere even dichtbij liggen, bijvoorbeeld overlappende gebieden, het eerst vermelde. n2k_band: bovengrens van de kleinste zone die de afstand bevat (0 = rakend of overlappend, NULL voorbij de laatste zone); een perceel precies op een grens valt in die zone. n2k_overlap_ha, n2k_overlap_pct: oppervlakte van het perceel binnen Natura 2000-gebieden (overlappende gebieden worden eerst samengevoegd, zodat niets dubbel telt). a4b_pilot: de pilot waarvan de grens het grootste deel van het perceel bevat (NULL als er geen is).

Afstanden en oppervlakten worden gemeten in het metrische CRS van de geavanceerde parameter (standaard EPSG:28992), ongeacht het CRS van de invoer; de uitvoer behoudt de geometrie, attributen en het CRS van de percelen. Ongeldige geometrieën worden alleen voor de berekening hersteld. Percelen voorbij de buitenste zone en buiten elke pilot worden op hun omhullende rechthoek beslist, zonder geometriecontrole; REPAIRED telt de herstelde percelen binnen de buitenste zone of in een pilot. Lege of ontbrekende geometrieën krijgen NULL-velden en tellen mee in SKIPPED. Een percelenlaag die al een van de uitvoervelden heeft, wordt geweigerd in plaats van overschreven.

Uitvoerwaarden: COUNT_BAND_0 (rakend of overlappend), COUNT_BAND_100, COUNT_BAND_250, … (één per zonegrens, in meters; vooraf gedefinieerd voor de gangbare grenzen 50, 100, 250, 500, 1000, 1500, 2000, 2500, 3000, 5000, 10000; andere grenzen worden ook teruggegeven), COUNT_FLAGGED (binnen de buitenste zone), COUNT_BEYOND, REPAIRED, SKIPPED, en COUNTS_JSON: alle aantallen als één JSON-tekst, bijvoorbeeld {"bands": {"0": 3, "100": 5, "250": 8}, "flagged": 16, "beyond": 40, "repaired": 1, "skipped": 0, "total": 56}. Het logboek toont het aantal per zone.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_flag_parcels.py" line="107" />
            <source>All counts (JSON)</source>
            <translation>Alle aantallen (JSON)</translation>
        </message>
    </context>
    <context>
        <name>FlagRunner</name>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/flag_runner.py" line="41" />
            <source>Flagging is already running.</source>
            <translation>Het bepalen van de afstanden loopt al.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/flag_runner.py" line="44" />
            <source>The algorithm {0} is not available; is the plugin enabled?</source>
            <translation>Het algoritme {0} is niet beschikbaar; is de plug-in ingeschakeld?</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/flag_runner.py" line="73" />
            <source>Flagging was canceled.</source>
            <translation>Het bepalen van de afstanden is geannuleerd.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/flag_runner.py" line="76" />
            <source>Flagging failed; see the Processing log for details.</source>
            <translation>Het bepalen van de afstanden is mislukt; zie het Processing-logboek voor details.</translation>
        </message>
    </context>
    <context>
        <name>MeasureEditDialog</name>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/edit_dialog.py" line="61" />
            <source>Quantity ({unit})</source>
            <translation>Hoeveelheid ({unit})</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/edit_dialog.py" line="66" />
            <source>Personal data (GDPR): only fill in when needed.</source>
            <translation>Persoonsgegeven (AVG): alleen invullen als het nodig is.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/edit_dialog.ui" line="37" />
            <source>Quantity</source>
            <translation>Hoeveelheid</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/edit_dialog.py" line="123" />
            <source>Cost</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/edit_dialog.py" line="123" />
            <source>Revenue</source>
            <translation>Opbrengst</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/edit_dialog.py" line="132" />
            <source>{field} is not a number: {text}</source>
            <translation>{field} is geen getal: {text}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/edit_dialog.py" line="136" />
            <source>Quantity must be a number of zero or more.</source>
            <translation>De hoeveelheid moet een getal van nul of meer zijn.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/edit_dialog.py" line="139" />
            <source>Money amounts cannot be negative; leave the field empty when not known.</source>
            <translation>Bedragen kunnen niet negatief zijn; laat het veld leeg als het bedrag onbekend is.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/edit_dialog.ui" line="6" />
            <source>Edit measure</source>
            <translation>Maatregel bewerken</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/edit_dialog.ui" line="24" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/edit_dialog.ui" line="50" />
            <source>Cost (€ per year)</source>
            <translation>Kosten (€ per jaar)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/edit_dialog.ui" line="77" />
            <source>not known</source>
            <translation>onbekend</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/edit_dialog.ui" line="67" />
            <source>Revenue (€ per year)</source>
            <translation>Opbrengst (€ per jaar)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/edit_dialog.ui" line="84" />
            <source>Stakeholder</source>
            <translation>Contactpersoon</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/edit_dialog.ui" line="94" />
            <source>optional; personal data</source>
            <translation>optioneel; persoonsgegeven</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/edit_dialog.ui" line="101" />
            <source>Notes</source>
            <translation>Opmerkingen</translation>
        </message>
    </context>
    <context>
        <name>MeasurePicker</name>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/picker.py" line="64" />
            <source>Search by code or name…</source>
            <translation>Zoek op code of naam…</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/picker.py" line="182" />
            <source>Choose a measure in the list.</source>
            <translation>Kies een maatregel in de lijst.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/picker.py" line="190" />
            <source>any</source>
            <translation>alle</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/picker.py" line="195" />
            <source>Unit: {unit} · fits BRP: {categories}</source>
            <translation>Eenheid: {unit} · past bij BRP: {categories}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/picker.py" line="196" />
            <source>Cost: {cost} · revenue: {revenue}</source>
            <translation>Kosten: {cost} · opbrengst: {revenue}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/picker.py" line="199" />
            <source>Source: {source}</source>
            <translation>Bron: {source}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/picker.py" line="204" />
            <source>not known</source>
            <translation>onbekend</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/picker.py" line="206" />
            <source>€ {amount} per {unit} per year</source>
            <translation>€ {amount} per {unit} per jaar</translation>
        </message>
    </context>
    <context>
        <name>MeasureRegister</name>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/store.py" line="120" />
            <source>Cannot open the register {path}: {error}</source>
            <translation>Kan het register {path} niet openen: {error}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/store.py" line="92" />
            <source>The register {path} is busy or read-only ({error}); try again.</source>
            <translation>Het register {path} is bezet of alleen-lezen ({error}); probeer het opnieuw.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/store.py" line="108" />
            <source>Writing to the register {path} failed; nothing was changed: {error}</source>
            <translation>Schrijven naar het register {path} is mislukt; er is niets veranderd: {error}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/store.py" line="129" />
            <source>Cannot read the register {path}: {error}</source>
            <translation>Kan het register {path} niet lezen: {error}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/store.py" line="138" />
            <source>No register GeoPackage was given.</source>
            <translation>Er is geen register-GeoPackage opgegeven.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/store.py" line="142" />
            <source>The register {path} does not exist.</source>
            <translation>Het register {path} bestaat niet.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/store.py" line="144" />
            <source>The folder {folder} does not exist.</source>
            <translation>De map {folder} bestaat niet.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/store.py" line="146" />
            <source>Cannot write in the folder {folder}.</source>
            <translation>Kan niet schrijven in de map {folder}.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/store.py" line="148" />
            <source>{path} is not a GeoPackage.</source>
            <translation>{path} is geen GeoPackage.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/store.py" line="151" />
            <source>The register {path} was made by a newer version of the A4B plugin (register version {found}; this plugin knows up to {known}). Update the plugin to open it.</source>
            <translation>Het register {path} is gemaakt met een nieuwere versie van de A4B-plug-in (registerversie {found}; deze plug-in kent tot en met {known}). Werk de plug-in bij om het te openen.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/store.py" line="165" />
            <source>{path} holds no measures register.</source>
            <translation>{path} bevat geen maatregelenregister.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/store.py" line="183" />
            <source>{path} is not a GeoPackage: {error}</source>
            <translation>{path} is geen GeoPackage: {error}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/store.py" line="192" />
            <source>The table 'measures' in {path} is not an A4B measures register (no measure_code).</source>
            <translation>De tabel 'measures' in {path} is geen A4B-maatregelenregister (geen measure_code).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/migrations.py" line="70" />
            <source>Cannot back up the register to {target} before upgrading it: {error}</source>
            <translation>Kan vóór het bijwerken geen reservekopie van het register maken in {target}: {error}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/store.py" line="221" />
            <source>Measures</source>
            <translation>Maatregelen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/store.py" line="339" />
            <source>Row {n}: uuid {uuid} is already in the register.</source>
            <translation>Rij {n}: uuid {uuid} staat al in het register.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/store.py" line="354" />
            <source>Cannot change field(s): {fields}</source>
            <translation>Kan veld(en) niet wijzigen: {fields}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/store.py" line="362" />
            <source>No measure with uuid {uuid} in the register.</source>
            <translation>Geen maatregel met uuid {uuid} in het register.</translation>
        </message>
    </context>
    <context>
        <name>MeasureTableModel</name>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/table_model.py" line="56" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/table_model.py" line="57" />
            <source>Measure</source>
            <translation>Maatregel</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/table_model.py" line="58" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/table_model.py" line="59" />
            <source>Quantity</source>
            <translation>Hoeveelheid</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/table_model.py" line="60" />
            <source>Cost €/yr</source>
            <translation>Kosten €/jr</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/table_model.py" line="61" />
            <source>Revenue €/yr</source>
            <translation>Opbrengst €/jr</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/table_model.py" line="62" />
            <source>Net €/yr</source>
            <translation>Netto €/jr</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/table_model.py" line="164" />
            <source>Parcel: {ref}</source>
            <translation>Perceel: {ref}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/table_model.py" line="166" />
            <source>Notes: {notes}</source>
            <translation>Opmerkingen: {notes}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/table_model.py" line="172" />
            <source>Stakeholder: {name}</source>
            <translation>Contactpersoon: {name}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/table_model.py" line="168" />
            <source>Cost not known: no net for this measure.</source>
            <translation>Kosten onbekend: geen netto voor deze maatregel.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/table_model.py" line="170" />
            <source>Revenue not known: no net for this measure.</source>
            <translation>Opbrengst onbekend: geen netto voor deze maatregel.</translation>
        </message>
    </context>
    <context>
        <name>MeasuresDock</name>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/dock.ui" line="6" />
            <source>Measures</source>
            <translation>Maatregelen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/dock.py" line="55" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/dock.py" line="57" />
            <source>Measures register</source>
            <translation>Maatregelenregister</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/dock.py" line="58" />
            <source>Choose or create a GeoPackage</source>
            <translation>Kies of maak een GeoPackage</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/dock.py" line="119" />
            <source>Stakeholder and notes (filled in)</source>
            <translation>Contactpersoon en opmerkingen (ingevuld)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/dock.ui" line="152" />
            <source>Stakeholder and notes (optional)</source>
            <translation>Contactpersoon en opmerkingen (optioneel)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/dock.py" line="262" />
            <source>Choose a register GeoPackage first.</source>
            <translation>Kies eerst een GeoPackage voor het register.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/dock.py" line="285" />
            <source>Measures of {pilot}</source>
            <translation>Maatregelen van {pilot}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/dock.py" line="285" />
            <source>All measures in the register</source>
            <translation>Alle maatregelen in het register</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/dock.py" line="294" />
            <source>The register cannot be opened.</source>
            <translation>Het register kan niet worden geopend.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/dock.py" line="294" />
            <source>No measures yet: the register is created when you tag the first parcels.</source>
            <translation>Nog geen maatregelen: het register wordt gemaakt zodra u de eerste maatregel aan percelen toekent.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/dock.py" line="352" />
            <source>Undo: {action}</source>
            <translation>Ongedaan maken: {action}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/dock.py" line="378" />
            <source>1 parcel selected in “{layer}”.</source>
            <translation>1 perceel geselecteerd in “{layer}”.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/dock.py" line="378" />
            <source>{count} parcels selected in “{layer}”.</source>
            <translation>{count} percelen geselecteerd in “{layer}”.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/dock.py" line="400" />
            <source>Make a polygon layer with parcels active and select parcels on it.</source>
            <translation>Maak een polygoonlaag met percelen actief en selecteer daarin percelen.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/dock.py" line="402" />
            <source>The active layer “{layer}” has no polygons; choose a parcel layer.</source>
            <translation>De actieve laag “{layer}” bevat geen polygonen; kies een percelenlaag.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/dock.py" line="495" />
            <source>Undo or redo failed: {error}</source>
            <translation>Ongedaan maken of opnieuw uitvoeren mislukt: {error}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/dock.ui" line="52" />
            <source>Pilot</source>
            <translation>Pilot</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/dock.ui" line="68" />
            <source>The pilot the new measures belong to; the table lists this pilot's measures. Leave empty to see every measure in the register.</source>
            <translation>De pilot waar nieuwe maatregelen bij horen; de tabel toont de maatregelen van deze pilot. Laat leeg om alle maatregelen in het register te zien.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/dock.ui" line="75" />
            <source>Register</source>
            <translation>Register</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/dock.ui" line="82" />
            <source>GeoPackage holding the measures register (created when missing). Remembered in the project.</source>
            <translation>GeoPackage met het maatregelenregister (wordt gemaakt als het ontbreekt). Wordt in het project onthouden.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/dock.ui" line="108" />
            <source>Tag parcels</source>
            <translation>Maatregel toekennen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/dock.ui" line="137" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/dock.ui" line="167" />
            <source>Stakeholder</source>
            <translation>Contactpersoon</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/dock.ui" line="177" />
            <source>optional; personal data</source>
            <translation>optioneel; persoonsgegeven</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/dock.ui" line="180" />
            <source>Who agreed or proposed the measure, e.g. the farmer. This is personal data (GDPR): only fill it in when needed; exports leave it out unless asked.</source>
            <translation>Wie de maatregel heeft voorgesteld of afgesproken, bijvoorbeeld de boer. Dit is een persoonsgegeven (AVG): vul het alleen in als het nodig is; exports laten het weg tenzij u erom vraagt.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/dock.ui" line="187" />
            <source>Notes</source>
            <translation>Opmerkingen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/dock.ui" line="197" />
            <source>optional</source>
            <translation>optioneel</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/dock.ui" line="212" />
            <source>One measure per parcel</source>
            <translation>Eén maatregel per perceel</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/dock.ui" line="222" />
            <source>One merged measure</source>
            <translation>Eén samengevoegde maatregel</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/dock.ui" line="225" />
            <source>Dissolve the selected parcels into one measure with one geometry.</source>
            <translation>Voeg de geselecteerde percelen samen tot één maatregel met één geometrie.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/dock.ui" line="237" />
            <source>Select parcels on a polygon layer.</source>
            <translation>Selecteer percelen in een polygoonlaag.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/dock.ui" line="244" />
            <source>Tag selected parcels</source>
            <translation>Maatregel toekennen aan selectie</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/dock.ui" line="252" />
            <source>Measures of this pilot</source>
            <translation>Maatregelen van deze pilot</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/dock.ui" line="288" />
            <source>Double-click a measure to zoom to it.</source>
            <translation>Dubbelklik op een maatregel om erheen te zoomen.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/dock.ui" line="307" />
            <source>Edit…</source>
            <translation>Bewerken…</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/dock.ui" line="317" />
            <source>Delete</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/dock.ui" line="327" />
            <source>Undo</source>
            <translation>Ongedaan maken</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/dock.ui" line="368" />
            <source>Export…</source>
            <translation>Exporteren…</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/dock.ui" line="348" />
            <source>Check measures</source>
            <translation>Maatregelen controleren</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/dock.ui" line="351" />
            <source>Check the listed measures as before delivery (hard errors and soft warnings) and list the findings.</source>
            <translation>Controleer de getoonde maatregelen zoals vóór levering (harde fouten en zachte waarschuwingen) en toon de bevindingen.</translation>
        </message>
    </context>
    <context>
        <name>OverlayPilotsAlgorithm</name>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_overlay_pilots.py" line="56" />
            <source>Overlay pilot boundaries</source>
            <translation>Overlay met pilotgrenzen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_overlay_pilots.py" line="95" />
            <source>Parcels (plain or flagged)</source>
            <translation>Percelen (gewoon of met afstandszone)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_overlay_pilots.py" line="96" />
            <source>Parcels such as BRP gewaspercelen, or the output of 'Flag parcels near Natura 2000' (then its distances and areas are used).</source>
            <translation>Percelen zoals de BRP-gewaspercelen, of de uitvoer van 'Afstanden tot Natura 2000 bepalen' (dan worden de afstanden en gebieden daaruit gebruikt).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_overlay_pilots.py" line="104" />
            <source>Crop category field</source>
            <translation>Veld met gewascategorie</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_overlay_pilots.py" line="111" />
            <source>Field with the BRP category (Grasland, Bouwland …). Empty: field 'category'.</source>
            <translation>Veld met de BRP-categorie (Grasland, Bouwland …). Leeg: veld 'category'.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_overlay_pilots.py" line="115" />
            <source>Pilot overlay table</source>
            <translation>Overlaytabel pilots</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_overlay_pilots.py" line="116" />
            <source>Table (no geometry) with one row per pilot, Natura 2000 area and band.</source>
            <translation>Tabel (zonder geometrie) met één rij per pilot, Natura 2000-gebied en zone.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_overlay_pilots.py" line="120" />
            <source>Rows written</source>
            <translation>Geschreven rijen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_overlay_pilots.py" line="121" />
            <source>Parcels counted</source>
            <translation>Getelde percelen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_overlay_pilots.py" line="122" />
            <source>Parcels outside every pilot</source>
            <translation>Percelen buiten elke pilot</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_overlay_pilots.py" line="123" />
            <source>Repaired geometries</source>
            <translation>Herstelde geometrieën</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_overlay_pilots.py" line="124" />
            <source>Skipped (null or empty) geometries</source>
            <translation>Overgeslagen (lege of ontbrekende) geometrieën</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_overlay_pilots.py" line="183" />
            <source>The parcels were flagged already: their distances and areas were used.</source>
            <translation>De percelen hadden hun afstanden al: die afstanden en gebieden zijn gebruikt.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_overlay_pilots.py" line="189" />
            <source>The parcels have no category field: all hectares are in ha_other.</source>
            <translation>De percelen hebben geen categorieveld: alle hectares staan in ha_other.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_overlay_pilots.py" line="190" />
            <source>{0} rows; {1} parcels counted, {2} outside every pilot, {3} repaired, {4} skipped.</source>
            <translation>{0} rijen; {1} percelen geteld, {2} buiten elke pilot, {3} hersteld, {4} overgeslagen.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_overlay_pilots.py" line="176" />
            <source>Could not write the output: {0}</source>
            <translation>Kon de uitvoer niet schrijven: {0}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_overlay_pilots.py" line="59" />
            <source>Counts, per pilot, the parcels and their hectares per Natura 2000 area and distance band, with the hectares of each Natura 2000 area inside the pilot. The result is a table without geometry, e.g. for a province's report.

How a parcel is assigned (the same rules as 'Flag parcels near Natura 2000'):
- pilot: the pilot boundary holding the largest part of the parcel; the whole parcel counts there. Parcels touching no pilot are left out (OUTSIDE_PILOTS).
- Natura 2000 area: the nearest one (distance 0 when the parcel touches or overlaps it). Features with the same name and number (nr) form one area.
- band: the smallest band limit at or above the distance; band 0 = inside or touching, band 100 = more than 0 and at most 100 m, and so on. Parcels farther than the outermost band are counted in the pilot's row without area (band_m empty, 'beyond').
If the parcels were flagged already (fields n2k_dist_m, n2k_name, n2k_nr), their distance and area are used and only the band is worked out again from the bands given here; distances the flagging left empty (beyond its outer band) count as beyond only when that band was at least as wide as the outer band given here; otherwise every distance is computed again.

Rows: for every pilot, every Natura 2000 area that overlaps the pilot or is the nearest area of one of its parcels, one row per band (0 and each limit, zero rows included), plus one 'beyond' row per pilot.
Columns: pilot, n2k_name, n2k_nr, band_m, band_label, parcels, ha_parcels, one hectare column per BRP category (ha_grasland, ha_bouwland, ha_sloot, ha_landschapselement, ha_natuurterrein, ha_braakland, ha_overige; any other or empty category in ha_other), and n2k_ha_in_pilot: hectares of that Natura 2000 area inside the pilot boundary (the same on every band row of the pair; empty on the beyond row).

Areas are measured in the metric CRS of the advanced parameter (EPSG:28992 by default). Invalid geometries are repaired for the computation only (REPAIRED); null or empty parcel geometries are skipped (SKIPPED).</source>
            <translation>Telt per pilot de percelen en hun hectares per Natura 2000-gebied en afstandszone, met de hectares van elk Natura 2000-gebied binnen de pilot. Het resultaat is een tabel zonder geometrie, bijv. voor een rapportage aan de provincie.

Hoe een perceel wordt toegewezen (dezelfde regels als bij 'Afstanden tot Natura 2000 bepalen'):
- pilot: de pilotgrens die het grootste deel van het perceel bevat; het hele perceel telt daar mee. Percelen die geen pilot raken, vallen weg (OUTSIDE_PILOTS).
- Natura 2000-gebied: het dichtstbijzijnde (afstand 0 als het perceel het raakt of overlapt). Objecten met dezelfde naam en hetzelfde nummer (nr) vormen één gebied.
- afstandszone: de kleinste zonegrens die gelijk is aan of groter is dan de afstand; zone 0 = in of grenzend aan het gebied, zone 100 = meer dan 0 en hoogstens 100 m, enzovoort. Percelen verder weg dan de buitenste zone tellen mee in de rij van de pilot zonder gebied (band_m leeg, 'buiten').
Als de afstanden van de percelen al bepaald zijn (velden n2k_dist_m, n2k_name, n2k_nr), worden hun afstand en gebied gebruikt en wordt alleen de zone opnieuw bepaald uit de hier opgegeven zones; afstanden die eerder leeg bleven (buiten de buitenste zone van toen) tellen alleen als buiten wanneer die zone minstens zo ruim was als de hier opgegeven buitenste zone; anders worden alle afstanden opnieuw berekend.

Rijen: voor elke pilot, voor elk Natura 2000-gebied dat de pilot overlapt of het dichtstbijzijnde gebied is van een van haar percelen, één rij per zone (0 en elke grens, ook rijen met nul), plus één rij 'buiten' per pilot.
Kolommen: pilot, n2k_name, n2k_nr, band_m, band_label, parcels, ha_parcels, één hectarekolom per BRP-categorie (ha_grasland, ha_bouwland, ha_sloot, ha_landschapselement, ha_natuurterrein, ha_braakland, ha_overige; elke andere of lege categorie in ha_other), en n2k_ha_in_pilot: hectares van dat Natura 2000-gebied binnen de pilotgrens (gelijk op elke zonerij van het paar; leeg op de rij 'buiten').

Oppervlakten worden gemeten in het metrische CRS van de geavanceerde parameter (standaard EPSG:28992). Ongeldige geometrieën worden alleen voor de berekening hersteld (REPAIRED); lege of ontbrekende perceelgeometrieën worden overgeslagen (SKIPPED).</translation>
        </message>
    </context>
    <context>
        <name>PdokLoadTask</name>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/pdok_task.py" line="102" />
            <source>PDOK data for {0}</source>
            <translation>PDOK-gegevens voor {0}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/pdok_task.py" line="144" />
            <source>Loading from PDOK failed: {0}</source>
            <translation>Laden van PDOK is mislukt: {0}</translation>
        </message>
    </context>
    <context>
        <name>PdokLoading</name>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/pdok_task.py" line="199" />
            <source>Cancel loading</source>
            <translation>Laden annuleren</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/pdok_task.py" line="200" />
            <source>Loading from PDOK for {0} runs in the background; click to cancel it.</source>
            <translation>Het laden van PDOK voor {0} loopt op de achtergrond; klik om het te annuleren.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/pdok_task.py" line="216" />
            <source>{0} has no boundary yet. Zoom the map in to the pilot's area (at most 50 x 50 km) to load that, or set the boundary first.</source>
            <translation>{0} heeft nog geen begrenzing. Zoom de kaart in op het gebied van de pilot (hoogstens 50 x 50 km) om dat te laden, of stel eerst de begrenzing in.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/pdok_task.py" line="232" />
            <source>Canceling…</source>
            <translation>Annuleren…</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/pdok_task.py" line="249" />
            <source>Loading from PDOK for {0} was canceled; nothing was added.</source>
            <translation>Het laden van PDOK voor {0} is geannuleerd; er is niets toegevoegd.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/pdok_task.py" line="255" />
            <source>Loading from PDOK gave no layers.</source>
            <translation>Het laden van PDOK leverde geen lagen op.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/pdok_task.py" line="272" />
            <source>Loaded {0} layer(s) from PDOK for {1}.</source>
            <translation>{0} laag/lagen van PDOK geladen voor {1}.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/pdok_task.py" line="277" />
            <source>Loaded {0} layer(s) from PDOK for {1}. They are in the Layers panel; choose {1} and its layers to work with them.</source>
            <translation>{0} laag/lagen van PDOK geladen voor {1}. Ze staan in het paneel Lagen; kies {1} en de lagen ervan om ermee te werken.</translation>
        </message>
    </context>
    <context>
        <name>PilotDialog</name>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/pilot_dialog.py" line="24" />
            <source>Name (naam_n2k)</source>
            <translation>Naam (naam_n2k)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/pilot_dialog.py" line="24" />
            <source>RVO number</source>
            <translation>RVO-nummer</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/pilot_dialog.py" line="90" />
            <source>Row {0}: '{1}' is not a whole number; leave it empty when unknown.</source>
            <translation>Rij {0}: '{1}' is geen geheel getal; laat het leeg als het onbekend is.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/pilot_dialog.py" line="118" />
            <source>Changes kept; press Save to store them.</source>
            <translation>Wijzigingen vastgehouden; kies Opslaan om ze te bewaren.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/pilot_dialog.ui" line="6" />
            <source>Manage pilots</source>
            <translation>Pilots beheren</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/pilot_dialog.ui" line="19" />
            <source>Pilots of the programme and your own; changes go to your own catalogue</source>
            <translation>Pilots van het programma en uw eigen pilots; wijzigingen gaan naar uw eigen catalogus</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/pilot_dialog.ui" line="28" />
            <source>New pilot</source>
            <translation>Nieuwe pilot</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/pilot_dialog.ui" line="35" />
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/pilot_dialog.ui" line="48" />
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/pilot_dialog.ui" line="58" />
            <source>Province</source>
            <translation>Provincie</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/pilot_dialog.ui" line="68" />
            <source>Natura 2000 areas</source>
            <translation>Natura 2000-gebieden</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/pilot_dialog.ui" line="80" />
            <source>Area name as RVO writes it (naam_n2k) and, when you have checked it, its RVO number</source>
            <translation>Gebiedsnaam zoals RVO die schrijft (naam_n2k) en, als u het hebt gecontroleerd, het RVO-nummer</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/pilot_dialog.ui" line="92" />
            <source>Add area</source>
            <translation>Gebied toevoegen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/pilot_dialog.ui" line="99" />
            <source>Remove area</source>
            <translation>Gebied verwijderen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/pilot_dialog.ui" line="110" />
            <source>Notes</source>
            <translation>Opmerkingen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/pilot_dialog.ui" line="124" />
            <source>Source</source>
            <translation>Bron</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/pilot_dialog.ui" line="131" />
            <source>Where the facts come from (web address)</source>
            <translation>Waar de gegevens vandaan komen (webadres)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/pilot_dialog.ui" line="138" />
            <source>Apply changes to this pilot</source>
            <translation>Wijzigingen op deze pilot toepassen</translation>
        </message>
    </context>
    <context>
        <name>PostgisRegister</name>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/postgis.py" line="150" />
            <source>Cannot read the team register {name}: {error}</source>
            <translation>Kan het teamregister {name} niet lezen: {error}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/postgis.py" line="152" />
            <source>Writing to the team register {name} failed; nothing was changed: {error}</source>
            <translation>Schrijven naar het teamregister {name} is mislukt; er is niets gewijzigd: {error}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/postgis.py" line="169" />
            <source>The database user {user} may not read the team register {name} (grant it the role {reader} or {editor}): {error}</source>
            <translation>De databasegebruiker {user} mag het teamregister {name} niet lezen (ken hem de rol {reader} of {editor} toe): {error}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/postgis.py" line="179" />
            <source>The database user {user} may read the team register {name} but not change it: ask its owner for the role {editor}. Nothing was written.</source>
            <translation>De databasegebruiker {user} mag het teamregister {name} lezen maar niet wijzigen: vraag de eigenaar om de rol {editor}. Er is niets geschreven.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/postgis.py" line="199" />
            <source>no USAGE on the schema</source>
            <translation>geen USAGE op het schema</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/postgis.py" line="208" />
            <source>The team register {name} was made by a newer version of the A4B plugin (register version {found}; this plugin knows up to {known}). Update the plugin to use it.</source>
            <translation>Het teamregister {name} is gemaakt door een nieuwere versie van de A4B-plug-in (registerversie {found}; deze plug-in kent tot en met {known}). Werk de plug-in bij om het te gebruiken.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/postgis.py" line="244" />
            <source>Measures</source>
            <translation>Maatregelen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/postgis.py" line="392" />
            <source>Cannot change field(s): {fields}</source>
            <translation>Kan veld(en) niet wijzigen: {fields}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/postgis.py" line="406" />
            <source>No measure with uuid {uuid} in the register.</source>
            <translation>Geen maatregel met uuid {uuid} in het register.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/postgis.py" line="434" />
            <source>Measure {code} on {ref} was saved by {who} at {when} (version {current}) after you opened it (version {expected}); your change was not saved. Reload it to see theirs, or save again choosing to overwrite it.</source>
            <translation>Maatregel {code} op {ref} is door {who} opgeslagen om {when} (versie {current}) nadat u hem opende (versie {expected}); uw wijziging is niet opgeslagen. Laad hem opnieuw om die wijziging te zien, of sla opnieuw op en kies ervoor haar te overschrijven.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/register/postgis.py" line="200" />
            <source>The database of {name} holds no team register in schema {schema}. Set one up with the algorithm a4b:createregister (Set up a team register).</source>
            <translation>De database van {name} bevat geen teamregister in schema {schema}. Richt er een in met het algoritme a4b:createregister ('Een teamregister inrichten').</translation>
        </message>
    </context>
    <context>
        <name>SampleModel</name>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/models.py" line="86" />
            <source>Models</source>
            <translation>Modellen</translation>
        </message>
    </context>
    <context>
        <name>SampleModelTexts</name>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/models.py" line="34" />
            <source>Sample model: flag parcels, tag grassland near Natura 2000, export</source>
            <translation>Voorbeeldmodel: afstanden bepalen, grasland nabij Natura 2000 een maatregel geven, exporteren</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/models.py" line="35" />
            <source>A sample of how the plugin's algorithms chain in a model: flag the parcels by distance to Natura 2000, keep the grassland within a distance of an area (250 m by default), tag it with a measure as 'proposed' in a measures register, and export the register's measures as GeoPackage, CSV and Excel. Open it in the Graphical Modeler (right-click, Edit Model) to change it or save a copy of your own.</source>
            <translation>Een voorbeeld van hoe de algoritmen van de plug-in in een model samenwerken: markeer de percelen naar afstand tot Natura 2000, houd het grasland binnen een afstand van een gebied over (standaard 250 m), ken het een maatregel toe als 'voorgesteld' in een maatregelenregister en exporteer de maatregelen van het register als GeoPackage, CSV en Excel. Open het in de grafische modelbouwer (rechtsklik, Model bewerken) om het aan te passen of een eigen kopie op te slaan.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/models.py" line="42" />
            <source>BRP parcels</source>
            <translation>BRP-percelen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/models.py" line="43" />
            <source>Agricultural parcels with the BRP field 'category' (e.g. BRP gewaspercelen).</source>
            <translation>Landbouwpercelen met het BRP-veld 'category' (bijv. BRP gewaspercelen).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/models.py" line="46" />
            <source>Natura 2000 areas</source>
            <translation>Natura 2000-gebieden</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/models.py" line="47" />
            <source>Natura 2000 areas (polygons).</source>
            <translation>Natura 2000-gebieden (polygonen).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/models.py" line="48" />
            <source>Grassland within (m)</source>
            <translation>Grasland binnen (m)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/models.py" line="49" />
            <source>Grassland parcels at most this far from a Natura 2000 area, in metres, are tagged.</source>
            <translation>Graslandpercelen die hoogstens zo ver (in meters) van een Natura 2000-gebied liggen, krijgen de maatregel.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/models.py" line="52" />
            <source>Measure code</source>
            <translation>Maatregelcode</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/models.py" line="53" />
            <source>Catalogue code of the measure to tag, e.g. ECO-KRUIDENGRAS (herb-rich grassland).</source>
            <translation>Cataloguscode van de toe te kennen maatregel, bijv. ECO-KRUIDENGRAS (kruidenrijk grasland).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/models.py" line="56" />
            <source>Measures register (GeoPackage)</source>
            <translation>Maatregelenregister (GeoPackage)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/models.py" line="57" />
            <source>GeoPackage holding the measures register; created when missing.</source>
            <translation>GeoPackage met het maatregelenregister; wordt aangemaakt als het ontbreekt.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/models.py" line="58" />
            <source>Measures (GeoPackage)</source>
            <translation>Maatregelen (GeoPackage)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/models.py" line="59" />
            <source>Measures (CSV)</source>
            <translation>Maatregelen (CSV)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/models.py" line="60" />
            <source>Measures (Excel)</source>
            <translation>Maatregelen (Excel)</translation>
        </message>
    </context>
    <context>
        <name>ScoreDialog</name>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/score_dialog.py" line="104" />
            <source>Choose the parcels first.</source>
            <translation>Kies eerst de percelen.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/score_dialog.py" line="107" />
            <source>At least one criterion needs a weight above 0.</source>
            <translation>Ten minste één criterium heeft een gewicht boven 0 nodig.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/score_dialog.py" line="111" />
            <source>The algorithm {0} is not available; is the plugin enabled?</source>
            <translation>Het algoritme {0} is niet beschikbaar; is de plug-in ingeschakeld?</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/score_dialog.py" line="119" />
            <source>Scoring…</source>
            <translation>Scoren…</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/score_dialog.py" line="146" />
            <source>Scoring was canceled.</source>
            <translation>Het scoren is geannuleerd.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/score_dialog.py" line="151" />
            <source>Scoring failed; see the Processing log for details.</source>
            <translation>Het scoren is mislukt; zie het Processing-logboek voor details.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/score_dialog.py" line="153" />
            <source>Opportunity score</source>
            <translation>Kansenscore</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/score_dialog.py" line="158" />
            <source>{0} parcels scored; {1} link two or more nature patches.</source>
            <translation>{0} percelen gescoord; {1} verbinden twee of meer natuurkernen.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/score_dialog.ui" line="6" />
            <source>Score parcels for measures</source>
            <translation>Percelen scoren voor maatregelen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/score_dialog.ui" line="15" />
            <source>Where do measures help most against nitrogen, drying out and fragmentation? Choose the data you have; a criterion without data is left out.</source>
            <translation>Waar helpen maatregelen het meest tegen stikstof, verdroging en versnippering? Kies de gegevens die u hebt; een criterium zonder gegevens wordt weggelaten.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/score_dialog.ui" line="23" />
            <source>Data</source>
            <translation>Gegevens</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/score_dialog.ui" line="29" />
            <source>Parcels</source>
            <translation>Percelen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/score_dialog.ui" line="36" />
            <source>Parcels to score, e.g. the pilot's flagged parcels</source>
            <translation>Te scoren percelen, bijvoorbeeld de percelen met afstandszone van de pilot</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/score_dialog.ui" line="43" />
            <source>Natura 2000 areas</source>
            <translation>Natura 2000-gebieden</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/score_dialog.ui" line="50" />
            <source>Needed for proximity and the elevation difference</source>
            <translation>Nodig voor nabijheid en het hoogteverschil</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/score_dialog.ui" line="57" />
            <source>Other nature</source>
            <translation>Overige natuur</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/score_dialog.ui" line="64" />
            <source>Natuurnetwerk Nederland or CDDA polygons (optional)</source>
            <translation>Polygonen van Natuurnetwerk Nederland of CDDA (optioneel)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/score_dialog.ui" line="71" />
            <source>Pilot boundaries</source>
            <translation>Pilotgrenzen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/score_dialog.ui" line="78" />
            <source>Rank within each pilot (optional; empty ranks over all parcels)</source>
            <translation>Rangorde binnen elke pilot (optioneel; leeg geeft een rangorde over alle percelen)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/score_dialog.ui" line="85" />
            <source>Nitrogen deposition raster</source>
            <translation>Raster stikstofdepositie</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/score_dialog.ui" line="92" />
            <source>mol N/ha/yr, e.g. RIVM's GDN map (optional)</source>
            <translation>mol N/ha/jaar, bijvoorbeeld de GDN-kaart van het RIVM (optioneel)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/score_dialog.ui" line="99" />
            <source>Lowest groundwater depth raster (GLG)</source>
            <translation>Raster laagste grondwaterstand (GLG)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/score_dialog.ui" line="106" />
            <source>m below the surface, e.g. BRO's GLG map (optional)</source>
            <translation>m onder maaiveld, bijvoorbeeld de GLG-kaart van de BRO (optioneel)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/score_dialog.ui" line="113" />
            <source>Elevation raster</source>
            <translation>Hoogteraster</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/score_dialog.ui" line="120" />
            <source>Terrain model in metres, e.g. AHN (optional)</source>
            <translation>Terreinmodel in meters, bijvoorbeeld AHN (optioneel)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/score_dialog.ui" line="127" />
            <source>Link distance (m)</source>
            <translation>Verbindingsafstand (m)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/score_dialog.ui" line="134" />
            <source>The largest gap between nature patches that a converted parcel can bridge</source>
            <translation>Het grootste gat tussen natuurkernen dat een omgevormd perceel kan overbruggen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/score_dialog.ui" line="149" />
            <source>Weights</source>
            <translation>Gewichten</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/score_dialog.ui" line="155" />
            <source>Nitrogen</source>
            <translation>Stikstof</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/score_dialog.ui" line="240" />
            <source>Weight of the criterion: 0 leaves it out</source>
            <translation>Gewicht van het criterium: 0 laat het weg</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/score_dialog.ui" line="181" />
            <source>Drying out</source>
            <translation>Verdroging</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/score_dialog.ui" line="207" />
            <source>Fragmentation</source>
            <translation>Versnippering</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/score_dialog.ui" line="233" />
            <source>Proximity to Natura 2000</source>
            <translation>Nabijheid van Natura 2000</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/score_dialog.ui" line="264" />
            <source>Label the best parcels of each pilot</source>
            <translation>Beste percelen per pilot labelen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/score_dialog.ui" line="295" />
            <source>Score parcels</source>
            <translation>Percelen scoren</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/score_dialog.ui" line="298" />
            <source>Run 'Score parcels for measures' in the background; the result is added to the map</source>
            <translation>'Percelen scoren voor maatregelen' op de achtergrond uitvoeren; het resultaat wordt aan de kaart toegevoegd</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/score_dialog.ui" line="305" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
    </context>
    <context>
        <name>ScoreParcelsAlgorithm</name>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_score_parcels.py" line="76" />
            <source>Score parcels for measures</source>
            <translation>Percelen scoren voor maatregelen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_score_parcels.py" line="105" />
            <source>Parcels</source>
            <translation>Percelen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_score_parcels.py" line="105" />
            <source>Agricultural parcels (e.g. BRP gewaspercelen), plain or flagged by 'Flag parcels'.</source>
            <translation>Landbouwpercelen (bijvoorbeeld BRP-gewaspercelen), onbewerkt of met afstanden uit 'Afstanden tot Natura 2000 bepalen'.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_score_parcels.py" line="109" />
            <source>Natura 2000 areas</source>
            <translation>Natura 2000-gebieden</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_score_parcels.py" line="109" />
            <source>Natura 2000 area polygons (RVO). Needed for proximity and the elevation difference; they are nature patches too.</source>
            <translation>Polygonen van Natura 2000-gebieden (RVO). Nodig voor nabijheid en het hoogteverschil; ze zijn ook natuurkernen.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_score_parcels.py" line="118" />
            <source>Other nature</source>
            <translation>Overige natuur</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_score_parcels.py" line="129" />
            <source>Nitrogen deposition raster</source>
            <translation>Raster stikstofdepositie</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_score_parcels.py" line="129" />
            <source>Total nitrogen deposition in mol N/ha/yr, e.g. RIVM's GDN map (1 x 1 km). Higher deposition scores higher.</source>
            <translation>Totale stikstofdepositie in mol N/ha/jaar, bijvoorbeeld de GDN-kaart van het RIVM (1 x 1 km). Hogere depositie scoort hoger.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_score_parcels.py" line="129" />
            <source>Lowest groundwater depth raster (GLG)</source>
            <translation>Raster laagste grondwaterstand (GLG)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_score_parcels.py" line="129" />
            <source>Mean lowest groundwater depth below the surface in metres, e.g. BRO's GLG map. Deeper (a drier parcel, where holding water helps most) scores higher.</source>
            <translation>Gemiddeld laagste grondwaterstand onder maaiveld in meters, bijvoorbeeld de GLG-kaart van de BRO. Dieper (een droger perceel, waar water vasthouden het meest helpt) scoort hoger.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_score_parcels.py" line="129" />
            <source>Elevation raster</source>
            <translation>Hoogteraster</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_score_parcels.py" line="129" />
            <source>Terrain model in metres, e.g. AHN (a coarser copy, e.g. 5 m, is much faster than 0.5 m). A parcel higher than the nearby Natura 2000 land scores higher.</source>
            <translation>Terreinmodel in meters, bijvoorbeeld AHN (een grovere kopie, bijvoorbeeld 5 m, is veel sneller dan 0,5 m). Een perceel dat hoger ligt dan het nabije Natura 2000-gebied scoort hoger.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_score_parcels.py" line="160" />
            <source>Band of {0}</source>
            <translation>Rasterband van {0}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_score_parcels.py" line="160" />
            <source>Band holding the values (default 1).</source>
            <translation>Rasterband met de waarden (standaard 1).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_score_parcels.py" line="167" />
            <source>Link distance (m)</source>
            <translation>Verbindingsafstand (m)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_score_parcels.py" line="170" />
            <source>The largest gap in metres between nature patches that a converted parcel can bridge (default 250). A parcel links the patches within half of it; the elevation is compared with the Natura 2000 land within all of it.</source>
            <translation>Het grootste gat in meters tussen natuurkernen dat een omgevormd perceel kan overbruggen (standaard 250). Een perceel verbindt de kernen binnen de helft ervan; de hoogte wordt vergeleken met het Natura 2000-gebied binnen de hele afstand.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_score_parcels.py" line="178" />
            <source>Weights</source>
            <translation>Gewichten</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_score_parcels.py" line="178" />
            <source>Weight of each criterion, e.g. nitrogen=2,drying=1,fragmentation=1,proximity=0.5 (Dutch names stikstof, verdroging, versnippering, nabijheid work too). Criteria not named get 1; 0 leaves one out.</source>
            <translation>Gewicht van elk criterium, bijvoorbeeld stikstof=2,verdroging=1,versnippering=1,nabijheid=0.5 (de Engelse namen nitrogen, drying, fragmentation, proximity werken ook). Criteria die niet genoemd worden krijgen 1; 0 laat er een weg.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_score_parcels.py" line="187" />
            <source>Scored parcels</source>
            <translation>Gescoorde percelen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_score_parcels.py" line="187" />
            <source>Every parcel with its attributes and the score fields.</source>
            <translation>Elk perceel met zijn attributen en de scorevelden.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_score_parcels.py" line="191" />
            <source>Parcels with a score</source>
            <translation>Percelen met een score</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_score_parcels.py" line="192" />
            <source>Parcels linking 2 or more patches</source>
            <translation>Percelen die 2 of meer natuurkernen verbinden</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_score_parcels.py" line="195" />
            <source>Nature patches</source>
            <translation>Natuurkernen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_score_parcels.py" line="196" />
            <source>Skipped (null or empty) geometries</source>
            <translation>Overgeslagen (lege of ontbrekende) geometrieën</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_score_parcels.py" line="248" />
            <source>Weights used: {0}</source>
            <translation>Gebruikte gewichten: {0}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_score_parcels.py" line="248" />
            <source>none</source>
            <translation>geen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_score_parcels.py" line="253" />
            <source>{0} parcels: {1} scored, {2} linking 2 or more of {3} nature patches, {4} invalid geometries repaired, {5} null or empty skipped</source>
            <translation>{0} percelen: {1} gescoord, {2} verbinden 2 of meer van {3} natuurkernen, {4} ongeldige geometrieën hersteld, {5} lege of ontbrekende overgeslagen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_score_parcels.py" line="79" />
            <source>Where do measures help most against the three problems that damage Natura 2000 nature: nitrogen, drying out and fragmentation? Adds to every parcel:

a4b_dep_mean: area-weighted mean of the deposition raster over the parcel (every cell weighted by the area of the parcel inside it; a parcel smaller than a cell gets that cell's value). a4b_gw_mean: the same for the lowest groundwater depth. a4b_elev_diff_m: the parcel's mean elevation minus the mean elevation of the land of its nearest Natura 2000 area within the link distance of the parcel (positive: the parcel lies higher, so water held there feeds the area; NULL when no area lies within the link distance). a4b_links: how many nature patches (Natura 2000 and other nature polygons joined where they touch or overlap) the parcel touches or lies within half the link distance of; 2 or more means converting it joins patches that are apart. a4b_gap_m: for parcels with 2 or more links, the shortest distance between two of the patches it links, measured between their land within half the link distance of the parcel. a4b_n2k_dist_m: distance to the nearest Natura 2000 area. a4b_score (0-100) and a4b_rank (1 = best; within the pilot named in a4b_rank_pilot when pilots are given, else over all parcels; NULL outside every pilot).

Cells without a value (nodata, outside the raster) are left out of a mean; a parcel without any valued cell gets NULL, never 0. Every measure is scaled 0-1 over the parcels scored (min-max); a criterion is the mean of its scaled measures (nitrogen: deposition; drying: groundwater depth and elevation difference; fragmentation: links and narrowness of the gap; proximity: nearness to Natura 2000), and the score is their weighted mean over the criteria a parcel has, times 100. A criterion without data is left out and the log says so, with the scaling ranges. Rasters are read in small windows, never whole; any GDAL raster in any CRS.</source>
            <translation>Waar helpen maatregelen het meest tegen de drie problemen die de Natura 2000-natuur schaden: stikstof, verdroging en versnippering? Voegt aan elk perceel toe:

a4b_dep_mean: naar oppervlakte gewogen gemiddelde van het depositieraster over het perceel (elke cel gewogen naar de oppervlakte van het perceel erin; een perceel kleiner dan een cel krijgt de waarde van die cel). a4b_gw_mean: hetzelfde voor de laagste grondwaterstand onder maaiveld. a4b_elev_diff_m: de gemiddelde hoogte van het perceel min de gemiddelde hoogte van het land van het dichtstbijzijnde Natura 2000-gebied binnen de verbindingsafstand van het perceel (positief: het perceel ligt hoger, zodat water dat daar wordt vastgehouden het gebied voedt; NULL als er geen gebied binnen de verbindingsafstand ligt). a4b_links: hoeveel natuurkernen (Natura 2000- en andere natuurpolygonen, samengevoegd waar ze elkaar raken of overlappen) het perceel raakt of binnen de halve verbindingsafstand nadert; 2 of meer betekent dat omvormen kernen verbindt die nu gescheiden zijn. a4b_gap_m: voor percelen met 2 of meer verbindingen de kortste afstand tussen twee van de kernen die het verbindt, gemeten tussen hun land binnen de halve verbindingsafstand van het perceel. a4b_n2k_dist_m: afstand tot het dichtstbijzijnde Natura 2000-gebied. a4b_score (0-100) en a4b_rank (1 = beste; binnen de pilot in a4b_rank_pilot als er pilots zijn opgegeven, anders over alle percelen; NULL buiten elke pilot).

Cellen zonder waarde (nodata, buiten het raster) tellen niet mee in een gemiddelde; een perceel zonder cel met waarde krijgt NULL, nooit 0. Elke maat wordt over de gescoorde percelen geschaald naar 0-1 (min-max); een criterium is het gemiddelde van zijn geschaalde maten (stikstof: depositie; verdroging: grondwaterstand en hoogteverschil; versnippering: verbindingen en smalheid van het gat; nabijheid: afstand tot Natura 2000), en de score is hun gewogen gemiddelde over de criteria die een perceel heeft, maal 100. Een criterium zonder gegevens wordt weggelaten en het logboek meldt dat, met de schaalbereiken. Rasters worden in kleine vensters gelezen, nooit in hun geheel; elk GDAL-raster in elk CRS.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_score_parcels.py" line="118" />
            <source>Other nature polygons, e.g. Natuurnetwerk Nederland (provincial downloads) or the CDDA protected areas; joined with the Natura 2000 areas into patches for the links.</source>
            <translation>Overige natuurpolygonen, bijvoorbeeld Natuurnetwerk Nederland (provinciale downloads) of de beschermde gebieden van CDDA; samen met de Natura 2000-gebieden samengevoegd tot natuurkernen voor de verbindingen.</translation>
        </message>
    </context>
    <context>
        <name>ScoringStep</name>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/score_dialog.py" line="182" />
            <source>Score parcels…</source>
            <translation>Percelen scoren…</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/score_dialog.py" line="183" />
            <source>Where do measures help most? Score the flagged parcels on nitrogen, drying and fragmentation</source>
            <translation>Waar helpen maatregelen het meest? Scoor de percelen met afstandszone op stikstof, verdroging en versnippering</translation>
        </message>
    </context>
    <context>
        <name>SuggestAction</name>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/suggest_dialog.py" line="32" />
            <source>Suggest measures…</source>
            <translation>Maatregelen voorstellen…</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/suggest_dialog.py" line="33" />
            <source>Advice for the selected scored parcels: measures that fit their scores and BRP category</source>
            <translation>Advies voor de geselecteerde gescoorde percelen: maatregelen die passen bij hun scores en BRP-categorie</translation>
        </message>
    </context>
    <context>
        <name>SuggestDialog</name>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/suggest_dialog.ui" line="6" />
            <source>Suggested measures</source>
            <translation>Voorgestelde maatregelen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/suggest_dialog.ui" line="15" />
            <source>Advice from the parcels' scores and BRP category, not a decision: check what fits the farm and the area, then add the measures you want as ideas to the register.</source>
            <translation>Advies op grond van de scores en de BRP-categorie van de percelen, geen besluit: ga na wat bij het bedrijf en het gebied past en voeg de gewenste maatregelen als idee toe aan het register.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/suggest_dialog.ui" line="32" />
            <source>Add checked as ideas</source>
            <translation>Aangevinkte als idee toevoegen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/suggest_dialog.ui" line="35" />
            <source>Write the checked measures for their parcels into the register with the status 'idea'</source>
            <translation>De aangevinkte maatregelen voor hun percelen in het register schrijven met de status 'idee'</translation>
        </message>
    </context>
    <context>
        <name>SummariseMeasuresAlgorithm</name>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_summarise_measures.py" line="42" />
            <source>Summarise measures</source>
            <translation>Maatregelen samenvatten</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_summarise_measures.py" line="60" />
            <source>Measures register</source>
            <translation>Maatregelenregister</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_summarise_measures.py" line="60" />
            <source>The register's measures table or any layer with the register's fields.</source>
            <translation>De maatregelentabel van het register of een andere laag met de velden van het register.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_summarise_measures.py" line="68" />
            <source>Group per pilot and</source>
            <translation>Groeperen per pilot en</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_summarise_measures.py" line="68" />
            <source>theme</source>
            <translation>thema</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_summarise_measures.py" line="68" />
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_summarise_measures.py" line="68" />
            <source>The second grouping after the pilot.</source>
            <translation>De tweede groepering na de pilot.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_summarise_measures.py" line="75" />
            <source>Add total rows</source>
            <translation>Totaalrijen toevoegen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_summarise_measures.py" line="75" />
            <source>A total row per pilot (empty theme or status) and a grand total (empty pilot).</source>
            <translation>Een totaalrij per pilot (leeg thema of lege status) en een eindtotaal (lege pilot).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_summarise_measures.py" line="92" />
            <source>Measure totals</source>
            <translation>Totalen van maatregelen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_summarise_measures.py" line="45" />
            <source>Totals of the measures register per pilot and theme (or per pilot and status), as a table without geometry for models and reports: number of measures, hectares, metres, pieces, and cost, revenue and net amount in euros per year. The same numbers as the export's spreadsheet.

An unknown amount is never counted as zero: a group in which no measure has a known amount gets an empty amount, cost_missing and revenue_missing count the measures without a figure, and the net covers only measures with both a cost and a revenue (net_left_out counts the others). Rows with an empty theme (or status) are the totals of a pilot; the row with an empty pilot is the grand total; the field row_kind says which is which (theme or status, pilot_total, total).</source>
            <translation>Totalen van het maatregelenregister per pilot en thema (of per pilot en status), als tabel zonder geometrie voor modellen en rapporten: aantal maatregelen, hectares, meters, stuks, en kosten, opbrengst en netto bedrag in euro per jaar. Dezelfde getallen als in de spreadsheet van de export.

Een onbekend bedrag telt nooit als nul: een groep waarin geen maatregel een bekend bedrag heeft krijgt een leeg bedrag, cost_missing en revenue_missing tellen de maatregelen zonder bedrag, en het netto omvat alleen maatregelen met zowel kosten als opbrengst (net_left_out telt de andere). Rijen met een leeg thema (of lege status) zijn de totalen van een pilot; de rij met een lege pilot is het eindtotaal; het veld row_kind zegt welke welke is (theme of status, pilot_total, total).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_summarise_measures.py" line="152" />
            <source>not known</source>
            <translation>onbekend</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_summarise_measures.py" line="153" />
            <source>{count} measures; cost {cost} EUR/yr ({cost_missing} without a cost), revenue {revenue} EUR/yr ({revenue_missing} without a revenue), net {net} EUR/yr ({left_out} left out).</source>
            <translation>{count} maatregelen; kosten {cost} EUR/jr ({cost_missing} zonder kosten), opbrengst {revenue} EUR/jr ({revenue_missing} zonder opbrengst), netto {net} EUR/jr ({left_out} weggelaten).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_summarise_measures.py" line="80" />
            <source>Count dropped measures in the totals</source>
            <translation>Vervallen maatregelen meetellen in de totalen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_summarise_measures.py" line="80" />
            <source>Off by default: dropped measures are left out of the totals, as in the export, unless the status filter chooses them.</source>
            <translation>Standaard uit: vervallen maatregelen tellen niet mee in de totalen, net als in de export, tenzij het statusfilter ze kiest.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_summarise_measures.py" line="92" />
            <source>The table of totals, without geometry. As a CSV file: UTF-8 with a byte order mark, separator and decimal mark from the CSV parameters.</source>
            <translation>De tabel met totalen, zonder geometrie. Als CSV-bestand: UTF-8 met byte order mark, scheidingsteken en decimaalteken volgens de CSV-parameters.</translation>
        </message>
    </context>
    <context>
        <name>TagMeasuresAlgorithm</name>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_tag_measures.py" line="71" />
            <source>Tag parcels with a measure</source>
            <translation>Maatregel aan percelen toekennen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_tag_measures.py" line="101" />
            <source>Parcels</source>
            <translation>Percelen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_tag_measures.py" line="102" />
            <source>Parcels to tag, e.g. BRP gewaspercelen or the output of 'Flag parcels near Natura 2000'. Selected features only is supported.</source>
            <translation>Percelen die de maatregel krijgen, bijv. BRP-gewaspercelen of de uitvoer van 'Afstanden tot Natura 2000 bepalen'. Alleen geselecteerde objecten wordt ondersteund.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_tag_measures.py" line="109" />
            <source>Parcel identifier field</source>
            <translation>Veld met perceel-id</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_tag_measures.py" line="123" />
            <source>Measure code</source>
            <translation>Maatregelcode</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_tag_measures.py" line="124" />
            <source>Code of a measure in the catalogue, e.g. ECO-KRUIDENGRAS (grassland with herbs), SNL-N12.02 or PILOT-VERNATTING. The Measures panel lists all codes.</source>
            <translation>Code van een maatregel in de catalogus, bijv. ECO-KRUIDENGRAS (grasland met kruiden), SNL-N12.02 of PILOT-VERNATTING. Het paneel Maatregelen toont alle codes.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_tag_measures.py" line="132" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_tag_measures.py" line="133" />
            <source>Stage of the measure: idea, proposed (default), agreed, implemented or dropped (or its number 0-4, or its name in the interface language).</source>
            <translation>Stadium van de maatregel: idea, proposed (standaard), agreed, implemented of dropped (of het nummer 0-4, of de naam in de taal van de interface: idee, voorgesteld, afgesproken, uitgevoerd, vervallen).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_tag_measures.py" line="141" />
            <source>Pilot</source>
            <translation>Pilot</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_tag_measures.py" line="142" />
            <source>Pilot the measures belong to. Empty: each parcel's a4b_pilot field, when the layer has it.</source>
            <translation>Pilot waartoe de maatregelen horen. Leeg: het veld a4b_pilot van elk perceel, als de laag dat heeft.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_tag_measures.py" line="148" />
            <source>Measures register (GeoPackage)</source>
            <translation>Maatregelenregister (GeoPackage)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_tag_measures.py" line="165" />
            <source>Notes</source>
            <translation>Opmerkingen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_tag_measures.py" line="166" />
            <source>Free text stored with every measure written.</source>
            <translation>Vrije tekst die bij elke geschreven maatregel wordt opgeslagen.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_tag_measures.py" line="168" />
            <source>Stakeholder</source>
            <translation>Contactpersoon</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_tag_measures.py" line="169" />
            <source>Farmer or organisation involved (personal data: left out of exports unless asked for).</source>
            <translation>Betrokken boer of organisatie (persoonsgegevens: niet in exports tenzij gevraagd).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_tag_measures.py" line="174" />
            <source>One merged measure for all parcels</source>
            <translation>Eén samengevoegde maatregel voor alle percelen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_tag_measures.py" line="175" />
            <source>Write a single measure covering all parcels instead of one per parcel.</source>
            <translation>Schrijf één maatregel voor alle percelen samen in plaats van één per perceel.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_tag_measures.py" line="178" />
            <source>Skip parcels that already have this measure</source>
            <translation>Percelen die deze maatregel al hebben overslaan</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_tag_measures.py" line="181" />
            <source>Leave out parcels the register already holds this measure for (useful when re-running).</source>
            <translation>Laat percelen weg waarvoor het register deze maatregel al bevat (handig bij opnieuw uitvoeren).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_tag_measures.py" line="238" />
            <source>Measures written</source>
            <translation>Geschreven maatregelen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_tag_measures.py" line="239" />
            <source>Warnings</source>
            <translation>Waarschuwingen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_tag_measures.py" line="299" />
            <source>Measures register</source>
            <translation>Maatregelenregister</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_tag_measures.py" line="317" />
            <source>Unknown measure code '{code}'. Codes start with ECO-, ANLB-, SNL- or PILOT-{near}.</source>
            <translation>Onbekende maatregelcode '{code}'. Codes beginnen met ECO-, ANLB-, SNL- of PILOT-{near}.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_tag_measures.py" line="317" />
            <source>, e.g. </source>
            <translation>, bijv. </translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_tag_measures.py" line="263" />
            <source>Register upgraded; backup copy: {path}</source>
            <translation>Register bijgewerkt; reservekopie: {path}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_tag_measures.py" line="275" />
            <source>No parcels to tag (empty layer or empty selection).</source>
            <translation>Geen percelen om de maatregel aan toe te kennen (lege laag of lege selectie).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_tag_measures.py" line="352" />
            <source>… and {count} more warnings.</source>
            <translation>… en nog {count} waarschuwingen.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_tag_measures.py" line="447" />
            <source>Unknown status '{status}': use one of {known}.</source>
            <translation>Onbekende status '{status}': gebruik een van {known}.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_tag_measures.py" line="462" />
            <source>Choose a register GeoPackage: the project is not saved, so there is no a4b_work.gpkg beside it.</source>
            <translation>Kies een register-GeoPackage: het project is niet opgeslagen, dus er staat geen a4b_work.gpkg naast.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_tag_measures.py" line="74" />
            <source>Records one measure of the catalogue on parcels in the measures register (a GeoPackage with the tables measures, measures_history and schema_version; created when missing). The parcel layer itself is never changed.

One measure per parcel, or one merged measure for all parcels. The quantity is the area in ha (measured in EPSG:28992), an estimated length in m, or a count of pieces, by the measure's unit; default cost and revenue per year are the catalogue rate times the quantity (empty where the catalogue has no rate).

To tag some parcels only, use 'Selected features only', or filter first (e.g. Extract by expression, keeping category Grasland with n2k_dist_m at most 250, on the output of Flag parcels near Natura 2000).

Warnings, not silent acceptance: the measure does not fit the parcel's BRP category (field category), the same measure is already on the parcel, the parcel lies outside every pilot (field a4b_pilot empty, or outside the pilot boundaries stored in the register's or the project's work GeoPackage). These are the checks and warnings of the Measures panel too.

A measure is already on a parcel when the register holds an active (not dropped) measure with the same code on the same parcel: the same identifier from the same dataset (BRK identificatie_lokaal_id, BRP, the identifier field), the same geometry to the centimetre, or an overlap of more than the overlap share; layer names do not matter. Every measure stores parcel_id, parcel_source and parcel_fingerprint so exports can be traced to the parcel. Duplicates are decided and rows written in one transaction: when anything fails nothing is written, and two runs at once with SKIP_DUPLICATES do not both tag a parcel.</source>
            <translation>Legt één maatregel uit de catalogus vast op percelen in het maatregelenregister (een GeoPackage met de tabellen measures, measures_history en schema_version; aangemaakt als het ontbreekt). De percelenlaag zelf wordt nooit gewijzigd.

Eén maatregel per perceel, of één samengevoegde maatregel voor alle percelen. De hoeveelheid is de oppervlakte in ha (gemeten in EPSG:28992), een geschatte lengte in m of een aantal stuks, naar de eenheid van de maatregel; standaardkosten en -opbrengsten per jaar zijn het tarief uit de catalogus maal de hoeveelheid (leeg waar de catalogus geen tarief heeft).

Om alleen sommige percelen toe te kennen: gebruik 'Alleen geselecteerde objecten', of filter eerst (bijv. Extraheren op expressie, met categorie Grasland en n2k_dist_m hoogstens 250, op de uitvoer van Afstanden tot Natura 2000 bepalen).

Waarschuwingen in plaats van stilzwijgend accepteren: de maatregel past niet bij de BRP-categorie van het perceel (veld category), dezelfde maatregel ligt al op het perceel, het perceel ligt buiten elke pilot (veld a4b_pilot leeg, of buiten de pilotgrenzen in de GeoPackage van het register of het werkbestand van het project). Het paneel Maatregelen doet dezelfde controles en geeft dezelfde waarschuwingen.

Een maatregel ligt al op een perceel als het register een actieve (niet vervallen) maatregel met dezelfde code op hetzelfde perceel heeft: dezelfde identificatie uit dezelfde dataset (BRK identificatie_lokaal_id, BRP, het identificatieveld), dezelfde geometrie tot op de centimeter, of een overlap van meer dan het overlapaandeel; laagnamen doen er niet toe. Elke maatregel bewaart parcel_id, parcel_source en parcel_fingerprint, zodat exports naar het perceel te herleiden zijn. Dubbelingen worden bepaald en rijen geschreven in één transactie: als er iets misgaat wordt niets geschreven, en twee gelijktijdige runs met SKIP_DUPLICATES kennen een perceel niet allebei toe.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_tag_measures.py" line="115" />
            <source>Field identifying the parcel (stored as parcel_id, and in parcel_ref as layer name:identifier). Empty: the first of identificatie, identificatie_lokaal_id, perceel_id, gml_id, id that exists, else none (parcel_ref then uses the feature id).</source>
            <translation>Veld dat het perceel identificeert (bewaard als parcel_id, en in parcel_ref als laagnaam:identificatie). Leeg: het eerste van identificatie, identificatie_lokaal_id, perceel_id, gml_id, id dat bestaat, anders geen (parcel_ref gebruikt dan het object-id).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_tag_measures.py" line="186" />
            <source>Overlap that makes a duplicate (%)</source>
            <translation>Overlap die een dubbeling maakt (%)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_tag_measures.py" line="194" />
            <source>A parcel already has the measure when an active measure of the same code in the register covers more than this share of the smaller of the two geometries (default 50 %).</source>
            <translation>Een perceel heeft de maatregel al als een actieve maatregel met dezelfde code in het register meer dan dit deel van de kleinste van beide geometrieën bedekt (standaard 50 %).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_tag_measures.py" line="202" />
            <source>Pilot field of the parcels</source>
            <translation>Pilotveld van de percelen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_tag_measures.py" line="202" />
            <source>Field holding each parcel's pilot, as Flag parcels near Natura 2000 writes it.</source>
            <translation>Veld met de pilot van elk perceel, zoals Afstanden tot Natura 2000 bepalen het schrijft.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_tag_measures.py" line="202" />
            <source>BRP category field of the parcels</source>
            <translation>Veld met de BRP-categorie van de percelen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_tag_measures.py" line="202" />
            <source>Field holding the BRP category (Grasland, Bouwland...) the measure is checked against.</source>
            <translation>Veld met de BRP-categorie (Grasland, Bouwland...) waartegen de maatregel wordt gecontroleerd.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_tag_measures.py" line="219" />
            <source>Empty: {field} when the layer has it.</source>
            <translation>Leeg: {field} als de laag dat veld heeft.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_tag_measures.py" line="356" />
            <source>{count} measure(s) were written anyway although the parcel already had measure {code}; run with SKIP_DUPLICATES to leave such parcels out.</source>
            <translation>{count} maatregel(en) toch geschreven hoewel het perceel maatregel {code} al had; voer uit met SKIP_DUPLICATES om zulke percelen over te slaan.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_tag_measures.py" line="363" />
            <source>{count} parcel(s) left out because they already had measure {code} (SKIP_DUPLICATES).</source>
            <translation>{count} perce(e)l(en) overgeslagen omdat ze maatregel {code} al hadden (SKIP_DUPLICATES).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_tag_measures.py" line="369" />
            <source>{count} measure(s) {code} written to {path}: {quantity:.2f} {unit}, cost {cost} and revenue {revenue} euro per year ({missing} without a catalogue rate: their money stays unknown).</source>
            <translation>{count} maatregel(en) {code} geschreven naar {path}: {quantity:.2f} {unit}, kosten {cost} en opbrengst {revenue} euro per jaar ({missing} zonder tarief in de catalogus: hun bedragen blijven onbekend).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_tag_measures.py" line="390" />
            <source>Register now: {total} measures (dropped ones not counted), net {net} euro per year over the measures with both a cost and a revenue ({left_out} left out).</source>
            <translation>Register nu: {total} maatregelen (vervallen niet meegeteld), netto {net} euro per jaar over de maatregelen met zowel kosten als opbrengst ({left_out} niet meegeteld).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_tag_measures.py" line="402" />
            <source>not known</source>
            <translation>onbekend</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_tag_measures.py" line="155" />
            <source>GeoPackage holding the register; created when missing, upgraded (after a backup copy) when older. Empty: a4b_work.gpkg beside the saved project. A team register in PostgreSQL/PostGIS: postgresql://USER@HOST:PORT/DBNAME?schema=NAME (the password from authcfg=ID, PGPASSWORD, ~/.pgpass or a service file, never in the URI) or pg-connection:NAME?schema=NAME for a PostgreSQL connection of QGIS's Browser.</source>
            <translation>GeoPackage met het register; gemaakt als hij ontbreekt, bijgewerkt (na een reservekopie) als hij ouder is. Leeg: a4b_work.gpkg naast het opgeslagen project. Een teamregister in PostgreSQL/PostGIS: postgresql://GEBRUIKER@HOST:POORT/DATABASE?schema=NAAM (het wachtwoord uit authcfg=ID, PGPASSWORD, ~/.pgpass of een servicebestand, nooit in de URI) of pg-connection:NAAM?schema=NAAM voor een PostgreSQL-verbinding uit de Browser van QGIS.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_tag_measures.py" line="222" />
            <source>Natura 2000 areas (for the checks)</source>
            <translation>Natura 2000-gebieden (voor de controles)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_tag_measures.py" line="228" />
            <source>Optional. With it, the checks on the new measures also report a measure farther from Natura 2000 than the catalogue's effect distance (as Check measures does in the panel).</source>
            <translation>Optioneel. Hiermee melden de controles op de nieuwe maatregelen ook een maatregel die verder van Natura 2000 ligt dan de effectafstand uit de catalogus (zoals Maatregelen controleren in het paneel doet).</translation>
        </message>
    </context>
    <context>
        <name>TeamRegisterDialog</name>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/team_dialog.ui" line="6" />
            <source>Team register</source>
            <translation>Teamregister</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/team_dialog.ui" line="12" />
            <source>A register in PostgreSQL/PostGIS that several people tag at once. Choose a PostgreSQL connection of QGIS's Browser (with its authentication configuration), or give a URI without a password.</source>
            <translation>Een register in PostgreSQL/PostGIS waarin meerdere mensen tegelijk maatregelen toekennen. Kies een PostgreSQL-verbinding uit de Browser van QGIS (met haar authenticatieconfiguratie), of geef een URI zonder wachtwoord.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/team_dialog.ui" line="24" />
            <source>Connection</source>
            <translation>Verbinding</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/team_dialog.ui" line="34" />
            <source>or URI</source>
            <translation>of URI</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/team_dialog.ui" line="41" />
            <source>postgresql://USER@HOST:PORT/DBNAME</source>
            <translation>postgresql://GEBRUIKER@HOST:POORT/DATABASE</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/team_dialog.ui" line="48" />
            <source>Schema</source>
            <translation>Schema</translation>
        </message>
    </context>
    <context>
        <name>ValidateMeasuresAlgorithm</name>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_validate_measures.py" line="80" />
            <source>Check measures</source>
            <translation>Maatregelen controleren</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_validate_measures.py" line="86" />
            <source>Checks the measures of the register before delivery, as the collectives' SCAN-GIS does: hard errors mean a measure cannot be delivered as it is, soft warnings ask for a second look. Dropped measures are not checked. The result is a table with one row per finding (measure uuid, rule code, severity, message) and, when asked for, a layer with the offending geometry, plus the number of hard errors and soft warnings.

Findings are not failures: the algorithm succeeds with findings, so a model can decide what to do with them; it fails only when it cannot check (no register, an unreadable catalogue). The same checks run from the Measures panel's Check measures button.

Rules:</source>
            <translation>Controleert de maatregelen van het register vóór levering, zoals SCAN-GIS van de collectieven dat doet: een harde fout betekent dat een maatregel zo niet geleverd kan worden, een zachte waarschuwing vraagt om nog eens te kijken. Vervallen maatregelen worden niet gecontroleerd. Het resultaat is een tabel met één rij per bevinding (uuid van de maatregel, regelcode, ernst, melding) en, als u erom vraagt, een laag met de geometrie waar het om gaat, plus het aantal harde fouten en zachte waarschuwingen.

Bevindingen zijn geen mislukking: het algoritme slaagt met bevindingen, zodat een model kan beslissen wat ermee te doen; het mislukt alleen als het niet kan controleren (geen register, een onleesbare catalogus). Dezelfde controles draaien vanuit de knop Maatregelen controleren van het paneel Maatregelen.

Regels:</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_validate_measures.py" line="103" />
            <source>Measures register</source>
            <translation>Maatregelenregister</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_validate_measures.py" line="103" />
            <source>The register's measures table (a4b_work.gpkg|layername=measures) or any layer with the register's fields. The status history is only read from a register GeoPackage.</source>
            <translation>De maatregelentabel van het register (a4b_work.gpkg|layername=measures) of een andere laag met de velden van het register. De statusgeschiedenis wordt alleen uit een register-GeoPackage gelezen.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_validate_measures.py" line="113" />
            <source>Parcels</source>
            <translation>Percelen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_validate_measures.py" line="113" />
            <source>The parcel layer the measures were tagged on (BRP or BRK). With it, a measure is checked against its parcel's outline and BRP category (field 'category').</source>
            <translation>De percelenlaag van de percelen waaraan de maatregelen zijn toegekend (BRP of BRK). Daarmee wordt een maatregel gecontroleerd tegen de omtrek en de BRP-categorie (veld 'category') van zijn perceel.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_validate_measures.py" line="120" />
            <source>Pilot boundaries</source>
            <translation>Pilotgrenzen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_validate_measures.py" line="120" />
            <source>Measures touching none of these get a soft warning. Empty: the 'pilot_boundaries' table of the register's or the project's work GeoPackage, if there is one.</source>
            <translation>Maatregelen die geen van deze raken krijgen een zachte waarschuwing. Leeg: de tabel 'pilot_boundaries' van de werk-GeoPackage van het register of het project, als die er is.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_validate_measures.py" line="129" />
            <source>Natura 2000 areas</source>
            <translation>Natura 2000-gebieden</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_validate_measures.py" line="129" />
            <source>With it, a measure farther from the nearest area than its catalogue effect distance (max_distance_m) gets a soft warning.</source>
            <translation>Daarmee krijgt een maatregel die verder van het dichtstbijzijnde gebied ligt dan zijn effectafstand uit de catalogus (max_distance_m) een zachte waarschuwing.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_validate_measures.py" line="138" />
            <source>Area tolerance (m²)</source>
            <translation>Oppervlaktetolerantie (m²)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_validate_measures.py" line="141" />
            <source>Ground a measure may have beyond its parcel, or share with an incompatible measure, before it counts as a hard error.</source>
            <translation>Grond die een maatregel buiten zijn perceel mag hebben, of met een onverenigbare maatregel mag delen, voordat het een harde fout is.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_validate_measures.py" line="149" />
            <source>Proposed for at most (months)</source>
            <translation>Hoogstens voorgesteld (maanden)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_validate_measures.py" line="157" />
            <source>A measure proposed for longer gets a soft warning.</source>
            <translation>Een maatregel die langer voorgesteld is krijgt een zachte waarschuwing.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_validate_measures.py" line="158" />
            <source>Findings</source>
            <translation>Bevindingen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_validate_measures.py" line="158" />
            <source>One row per finding, without geometry: uuid, pilot, measure code, rule code, severity, rule, message.</source>
            <translation>Eén rij per bevinding, zonder geometrie: uuid, pilot, maatregelcode, regelcode, ernst, regel, melding.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_validate_measures.py" line="165" />
            <source>Findings on the map</source>
            <translation>Bevindingen op de kaart</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_validate_measures.py" line="172" />
            <source>The findings that have a geometry, with it: the part beyond the parcel, the overlap, or the measure itself (EPSG:28992).</source>
            <translation>De bevindingen die een geometrie hebben, met die geometrie: het deel buiten het perceel, de overlap, of de maatregel zelf (EPSG:28992).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_validate_measures.py" line="179" />
            <source>Hard errors</source>
            <translation>Harde fouten</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_validate_measures.py" line="180" />
            <source>Soft warnings</source>
            <translation>Zachte waarschuwingen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_validate_measures.py" line="181" />
            <source>Measures checked</source>
            <translation>Gecontroleerde maatregelen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_validate_measures.py" line="196" />
            <source>Pilot boundaries: {source}</source>
            <translation>Pilotgrenzen: {source}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_validate_measures.py" line="208" />
            <source>Checking measures…</source>
            <translation>Maatregelen controleren…</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_validate_measures.py" line="251" />
            <source>{checked} measures checked: {hard} hard errors, {soft} soft warnings.</source>
            <translation>{checked} maatregelen gecontroleerd: {hard} harde fouten, {soft} zachte waarschuwingen.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_validate_measures.py" line="257" />
            <source>Not checked, for want of input: {codes}.</source>
            <translation>Niet gecontroleerd, bij gebrek aan invoer: {codes}.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/processing_provider/alg_validate_measures.py" line="261" />
            <source>{count} measures reference a parcel the parcel layer does not hold.</source>
            <translation>{count} maatregelen verwijzen naar een perceel dat niet in de percelenlaag staat.</translation>
        </message>
    </context>
    <context>
        <name>ValidationRules</name>
        <message>
            <location filename="../a4b_qgis_plugin/core/validation/rules.py" line="74" />
            <source>Hard error</source>
            <translation>Harde fout</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/validation/rules.py" line="76" />
            <source>Soft warning</source>
            <translation>Zachte waarschuwing</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/validation/rules.py" line="82" />
            <source>Geometry missing, empty or invalid</source>
            <translation>Geometrie ontbreekt, is leeg of ongeldig</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/validation/rules.py" line="82" />
            <source>The measure has no geometry, an empty one, or one GEOS rejects (self-intersection, unclosed ring). Redraw or repair it; the other geometry checks skip such a measure.</source>
            <translation>De maatregel heeft geen geometrie, een lege, of een die GEOS afkeurt (zelfdoorsnijding, open ring). Teken of herstel hem opnieuw; de andere geometriecontroles slaan zo'n maatregel over.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/validation/rules.py" line="91" />
            <source>Measure code not in the catalogue</source>
            <translation>Maatregelcode niet in de catalogus</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/validation/rules.py" line="91" />
            <source>The measure code is not in the measures catalogue in use (the shipped one or the file set in the settings). Choose a catalogue measure, or add the code to your catalogue; the checks that need the catalogue skip such a measure.</source>
            <translation>De maatregelcode staat niet in de gebruikte maatregelencatalogus (de meegeleverde of het bestand uit de instellingen). Kies een maatregel uit de catalogus of voeg de code toe aan uw catalogus; de controles die de catalogus nodig hebben slaan zo'n maatregel over.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/validation/rules.py" line="101" />
            <source>Quantity does not match the geometry</source>
            <translation>Hoeveelheid klopt niet met de geometrie</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/validation/rules.py" line="101" />
            <source>The quantity differs from what the geometry measures in EPSG:28992 (area in ha; for measures in metres the length of a line, or the long side of a strip polygon, as tagging estimates it) by more than 1 %, or 0.01 ha / 1 m when that is larger. Measures counted in pieces are not checked. Correct the quantity or the geometry.</source>
            <translation>De hoeveelheid wijkt meer dan 1 % (of 0,01 ha / 1 m als dat meer is) af van wat de geometrie meet in EPSG:28992 (oppervlakte in ha; voor maatregelen in meters de lengte van een lijn, of de lange zijde van een strookvormig vlak, zoals het toekennen die schat). Maatregelen in stuks worden niet gecontroleerd. Verbeter de hoeveelheid of de geometrie.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/validation/rules.py" line="112" />
            <source>Measure extends beyond its parcel</source>
            <translation>Maatregel steekt buiten het perceel uit</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/validation/rules.py" line="123" />
            <source>Overlaps an incompatible measure</source>
            <translation>Overlapt een onverenigbare maatregel</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/validation/rules.py" line="123" />
            <source>Two active measures (proposed, agreed or implemented) share more than the tolerance of ground and the catalogue's excludes column says they cannot go together, for example conversion to nature and a production measure, or the same eco-activity twice.</source>
            <translation>Twee actieve maatregelen (voorgesteld, afgesproken of uitgevoerd) delen meer grond dan de tolerantie en volgens de kolom excludes van de catalogus gaan ze niet samen, bijvoorbeeld omvorming naar natuur en een productiemaatregel, of twee keer dezelfde eco-activiteit.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/validation/rules.py" line="133" />
            <source>Status reached by an impossible step</source>
            <translation>Status bereikt met een onmogelijke stap</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/validation/rules.py" line="133" />
            <source>The register's history shows that the measure's current status was set straight from a status it may not follow, for example implemented from idea without agreed. A measure moves one step at a time along idea, proposed, agreed, implemented (either way) and can be dropped or revived. Only checked for a GeoPackage register.</source>
            <translation>De geschiedenis van het register laat zien dat de huidige status van de maatregel direct is gezet vanuit een status die hij niet mag volgen, bijvoorbeeld uitgevoerd vanuit idee zonder afgesproken. Een maatregel gaat stap voor stap langs idee, voorgesteld, afgesproken, uitgevoerd (beide kanten op) en kan vervallen of weer opgepakt worden. Alleen gecontroleerd voor een register in een GeoPackage.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/validation/rules.py" line="144" />
            <source>Parcel's BRP category does not fit the measure</source>
            <translation>BRP-categorie van het perceel past niet bij de maatregel</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/validation/rules.py" line="144" />
            <source>The parcel's BRP category (field 'category') is not one the catalogue lists for the measure: the same check the panel makes when tagging. Only checked when a parcel layer is given.</source>
            <translation>De BRP-categorie van het perceel (veld 'category') is er geen die de catalogus voor de maatregel noemt: dezelfde controle als het paneel bij het toekennen doet. Alleen gecontroleerd als er een percelenlaag is opgegeven.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/validation/rules.py" line="154" />
            <source>Measure outside every pilot boundary</source>
            <translation>Maatregel buiten elke pilotgrens</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/validation/rules.py" line="154" />
            <source>The measure touches no pilot boundary. Only checked when pilot boundaries are given or found in the register's or project's work GeoPackage.</source>
            <translation>De maatregel raakt geen enkele pilotgrens. Alleen gecontroleerd als er pilotgrenzen zijn opgegeven of gevonden in de werk-GeoPackage van het register of het project.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/validation/rules.py" line="163" />
            <source>Too far from Natura 2000 for its effect</source>
            <translation>Te ver van Natura 2000 voor het effect</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/validation/rules.py" line="163" />
            <source>The measure lies farther from the nearest Natura 2000 area than the effect distance the catalogue gives for it (column max_distance_m). Only checked when Natura 2000 areas are given and the catalogue has a distance.</source>
            <translation>De maatregel ligt verder van het dichtstbijzijnde Natura 2000-gebied dan de effectafstand die de catalogus ervoor geeft (kolom max_distance_m). Alleen gecontroleerd als er Natura 2000-gebieden zijn opgegeven en de catalogus een afstand heeft.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/validation/rules.py" line="173" />
            <source>Cost or revenue missing</source>
            <translation>Kosten of opbrengst ontbreken</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/validation/rules.py" line="173" />
            <source>The cost or the revenue per year is empty, so the totals and the net amount leave this measure out. Fill in the amount, or 0 when there is none.</source>
            <translation>De kosten of de opbrengst per jaar zijn leeg, dus de totalen en het nettobedrag laten deze maatregel weg. Vul het bedrag in, of 0 als er geen is.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/validation/rules.py" line="182" />
            <source>Proposed for too long</source>
            <translation>Te lang voorgesteld</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/validation/rules.py" line="182" />
            <source>The measure has been proposed, unchanged in status, for longer than the set time (12 months by default), counted from its last status change in the history (else from when it was last changed).</source>
            <translation>De maatregel staat langer dan de ingestelde tijd (standaard 12 maanden) ongewijzigd op voorgesteld, gerekend vanaf de laatste statuswijziging in de geschiedenis (anders vanaf de laatste wijziging).</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/validation/rules.py" line="198" />
            <source>The measure has no usable geometry: {problem}.</source>
            <translation>De maatregel heeft geen bruikbare geometrie: {problem}.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/validation/rules.py" line="199" />
            <source>Measure code {measure_code} is not in the catalogue.</source>
            <translation>Maatregelcode {measure_code} staat niet in de catalogus.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/validation/rules.py" line="200" />
            <source>Quantity {quantity} {unit}, but the geometry measures {expected} {unit}.</source>
            <translation>Hoeveelheid {quantity} {unit}, maar de geometrie meet {expected} {unit}.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/validation/rules.py" line="203" />
            <source>{area} m² of the measure lies outside its parcel {parcel}.</source>
            <translation>{area} m² van de maatregel ligt buiten het perceel {parcel}.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/validation/rules.py" line="204" />
            <source>{area} m² overlaps measure {other_code} ({other_uuid}), which cannot go together with {measure_code}.</source>
            <translation>{area} m² overlapt maatregel {other_code} ({other_uuid}), die niet samengaat met {measure_code}.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/validation/rules.py" line="208" />
            <source>Status {new} was set straight from {old} on {date}.</source>
            <translation>Status {new} is op {date} direct vanuit {old} gezet.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/validation/rules.py" line="209" />
            <source>Parcel {parcel} is {category}; {measure_code} is meant for {fits}.</source>
            <translation>Perceel {parcel} is {category}; {measure_code} is bedoeld voor {fits}.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/validation/rules.py" line="212" />
            <source>The measure lies outside every pilot boundary.</source>
            <translation>De maatregel ligt buiten elke pilotgrens.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/validation/rules.py" line="213" />
            <source>The measure lies {distance} m from the nearest Natura 2000 area; {measure_code} has its effect up to {limit} m.</source>
            <translation>De maatregel ligt {distance} m van het dichtstbijzijnde Natura 2000-gebied; {measure_code} heeft effect tot {limit} m.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/validation/rules.py" line="217" />
            <source>{missing} not known.</source>
            <translation>{missing} niet bekend.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/validation/rules.py" line="218" />
            <source>Proposed since {since}, more than {months} months.</source>
            <translation>Voorgesteld sinds {since}, meer dan {months} maanden.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/validation/rules.py" line="225" />
            <source>none</source>
            <translation>geen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/validation/rules.py" line="226" />
            <source>empty</source>
            <translation>leeg</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/validation/rules.py" line="230" />
            <source>invalid ({reason})</source>
            <translation>ongeldig ({reason})</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/validation/rules.py" line="235" />
            <source>Cost and revenue are</source>
            <translation>Kosten en opbrengst zijn</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/validation/rules.py" line="237" />
            <source>Cost is</source>
            <translation>Kosten zijn</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/validation/rules.py" line="238" />
            <source>Revenue is</source>
            <translation>Opbrengst is</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/validation/rules.py" line="112" />
            <source>Part of the measure lies outside the parcel(s) it references, by more than the tolerance (1 m² by default). Only checked when a parcel layer is given; the parcel is found by its identifier, by layer name and id as in parcel_ref, or by its outline (parcel_fingerprint).</source>
            <translation>Een deel van de maatregel ligt buiten het perceel (of de percelen) waarnaar hij verwijst, meer dan de tolerantie (standaard 1 m²). Alleen gecontroleerd als er een percelenlaag is opgegeven; het perceel wordt gevonden op zijn identificatie, op laagnaam en id zoals in parcel_ref, of op zijn omtrek (parcel_fingerprint).</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceDock</name>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.ui" line="6" />
            <source>Pilot workspace</source>
            <translation>Pilotwerkruimte</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.py" line="58" />
            <source>Band</source>
            <translation>Afstandszone</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.ui" line="75" />
            <source>Parcels</source>
            <translation>Percelen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.py" line="63" />
            <source>No background</source>
            <translation>Geen achtergrond</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.py" line="63" />
            <source>Aerial photo (PDOK)</source>
            <translation>Luchtfoto (PDOK)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.py" line="63" />
            <source>Base map (PDOK)</source>
            <translation>Achtergrondkaart (PDOK)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.py" line="111" />
            <source>Your pilot catalogue was not loaded: {0}</source>
            <translation>Uw pilotcatalogus is niet geladen: {0}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.py" line="143" />
            <source>none listed</source>
            <translation>geen opgegeven</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.py" line="144" />
            <source>unknown province</source>
            <translation>onbekende provincie</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.py" line="145" />
            <source>{0} · Natura 2000: {1}</source>
            <translation>{0} · Natura 2000: {1}</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.py" line="245" />
            <source>Demo data loaded (fictional areas and parcels). Press Show pilot.</source>
            <translation>Demogegevens geladen (fictieve gebieden en percelen). Kies Pilot tonen.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.py" line="291" />
            <source>Wait until the flagging has finished, or cancel it.</source>
            <translation>Wacht tot het bepalen van de afstanden klaar is, of annuleer het.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.py" line="298" />
            <source>{0} has no boundary yet: the map shows the whole layers.</source>
            <translation>{0} heeft nog geen begrenzing: de kaart toont de volledige lagen.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.ui" line="40" />
            <source>The pilot to work on: the programme's pilots, your own, and pilots found in the boundary layer</source>
            <translation>De pilot waaraan u werkt: de pilots van het programma, uw eigen pilots en pilots uit de laag met begrenzingen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.ui" line="47" />
            <source>Manage…</source>
            <translation>Beheren…</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.ui" line="50" />
            <source>Add, edit or remove pilots in your own catalogue</source>
            <translation>Pilots toevoegen, bewerken of verwijderen in uw eigen catalogus</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.ui" line="69" />
            <source>Layers</source>
            <translation>Lagen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.ui" line="88" />
            <source>Polygon layer of agricultural parcels (BRP gewaspercelen)</source>
            <translation>Polygoonlaag met landbouwpercelen (BRP-gewaspercelen)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.ui" line="95" />
            <source>Natura 2000</source>
            <translation>Natura 2000</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.ui" line="108" />
            <source>Polygon layer of Natura 2000 areas (RVO)</source>
            <translation>Polygoonlaag met Natura 2000-gebieden (RVO)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.ui" line="115" />
            <source>Pilot boundaries</source>
            <translation>Pilotgrenzen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.ui" line="128" />
            <source>Optional polygon layer with one feature per pilot</source>
            <translation>Optionele polygoonlaag met één object per pilot</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.ui" line="141" />
            <source>Field holding the pilot name</source>
            <translation>Veld met de naam van de pilot</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.ui" line="150" />
            <source>Load demo data</source>
            <translation>Demogegevens laden</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.ui" line="153" />
            <source>Add the bundled, fictional demo layers and use them</source>
            <translation>De meegeleverde, fictieve demolagen toevoegen en gebruiken</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.ui" line="160" />
            <source>Load for this pilot</source>
            <translation>Laden voor deze pilot</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.ui" line="163" />
            <source>Load Natura 2000 and BRP parcels from PDOK for the pilot's extent</source>
            <translation>Natura 2000 en BRP-percelen van PDOK laden voor het gebied van de pilot</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.ui" line="188" />
            <source>Pilot boundary</source>
            <translation>Pilotgrens</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.ui" line="194" />
            <source>From selected feature</source>
            <translation>Uit geselecteerd object</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.ui" line="197" />
            <source>Use the selected feature(s) of the active polygon layer as the pilot boundary</source>
            <translation>De geselecteerde objecten van de actieve polygoonlaag als pilotgrens gebruiken</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.ui" line="204" />
            <source>Draw on map</source>
            <translation>Op de kaart tekenen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.ui" line="207" />
            <source>Click the corners on the map; right-click to finish, Esc to cancel</source>
            <translation>Klik de hoekpunten aan op de kaart; rechtsklik om af te ronden, Esc om te annuleren</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.ui" line="214" />
            <source>Natura 2000 areas plus</source>
            <translation>Natura 2000-gebieden plus</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.ui" line="230" />
            <source> m</source>
            <translation> m</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.ui" line="242" />
            <source>Margin around the pilot's Natura 2000 areas, measured in EPSG:28992</source>
            <translation>Marge rond de Natura 2000-gebieden van de pilot, gemeten in EPSG:28992</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.ui" line="249" />
            <source>Derive</source>
            <translation>Afleiden</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.ui" line="252" />
            <source>Make the boundary from the pilot's Natura 2000 areas plus the margin</source>
            <translation>De begrenzing maken uit de Natura 2000-gebieden van de pilot plus de marge</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.ui" line="274" />
            <source>Background</source>
            <translation>Achtergrond</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.ui" line="281" />
            <source>Map under the pilot's layers (loaded from PDOK, needs internet)</source>
            <translation>Kaart onder de lagen van de pilot (van PDOK geladen, internet nodig)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.ui" line="292" />
            <source>Show pilot</source>
            <translation>Pilot tonen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.ui" line="295" />
            <source>Build or refresh the layer group of the pilot and zoom to it</source>
            <translation>De lagengroep van de pilot opbouwen of vernieuwen en erop inzoomen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.ui" line="302" />
            <source>Export…</source>
            <translation>Exporteren…</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.ui" line="305" />
            <source>Export the pilot's measures</source>
            <translation>De maatregelen van de pilot exporteren</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.ui" line="314" />
            <source>Flag parcels near Natura 2000</source>
            <translation>Afstanden tot Natura 2000 bepalen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.ui" line="320" />
            <source>Bands (m)</source>
            <translation>Afstandszones (m)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.ui" line="327" />
            <source>Distance bands in metres, e.g. 100,250,500,1000</source>
            <translation>Afstandszones in meters, bijv. 100,250,500,1000</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.ui" line="334" />
            <source>Flag parcels</source>
            <translation>Afstanden bepalen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.ui" line="337" />
            <source>Run 'Flag parcels near Natura 2000' in the background</source>
            <translation>'Afstanden tot Natura 2000 bepalen' op de achtergrond uitvoeren</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.ui" line="351" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.py" line="309" />
            <source>Nothing to show yet: choose the parcels or Natura 2000 layer, or load the demo data.</source>
            <translation>Nog niets te tonen: kies de percelen- of Natura 2000-laag, of laad de demodata.</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.ui" line="172" />
            <source>Keep an offline copy</source>
            <translation>Offline kopie bewaren</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.ui" line="175" />
            <source>Keep a copy of the loaded layers in the work GeoPackage, for use without internet</source>
            <translation>Een kopie van de geladen lagen bewaren in de werk-GeoPackage, voor gebruik zonder internet</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/workspace/dock.py" line="236" />
            <source>A4B demo data (fictional)</source>
            <translation>A4B-demodata (fictief)</translation>
        </message>
    </context>
    <context>
        <name>export_dialog</name>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/export_dialog.py" line="119" />
            <source>Export</source>
            <translation>Exporteren</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/gui/measures/export_dialog.py" line="84" />
            <source>The export algorithm is not available: is the A4B provider loaded?</source>
            <translation>Het exportalgoritme is niet beschikbaar: is de A4B-plug-in ingeschakeld?</translation>
        </message>
    </context>
    <context>
        <name>export_style</name>
        <message>
            <location filename="../a4b_qgis_plugin/core/measures/style.py" line="29" />
            <source>Other or unknown theme</source>
            <translation>Ander of onbekend thema</translation>
        </message>
    </context>
    <context>
        <name>layer_group</name>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/layer_group.py" line="45" />
            <source>Pilot boundary</source>
            <translation>Pilotgrens</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/layer_group.py" line="46" />
            <source>Measures</source>
            <translation>Maatregelen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/layer_group.py" line="47" />
            <source>Natura 2000 areas</source>
            <translation>Natura 2000-gebieden</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/layer_group.py" line="48" />
            <source>Flagged parcels</source>
            <translation>Percelen met afstandszone</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/layer_group.py" line="49" />
            <source>Parcels</source>
            <translation>Percelen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/layer_group.py" line="50" />
            <source>Background map</source>
            <translation>Achtergrondkaart</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/layer_group.py" line="82" />
            <source>Inside or touching Natura 2000</source>
            <translation>In of grenzend aan Natura 2000</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/layer_group.py" line="84" />
            <source>Within {0} m</source>
            <translation>Binnen {0} m</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/layer_group.py" line="89" />
            <source>Farther than {0} m</source>
            <translation>Verder dan {0} m</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/layer_group.py" line="119" />
            <source>Grassland</source>
            <translation>Grasland</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/layer_group.py" line="120" />
            <source>Arable land</source>
            <translation>Bouwland</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/pilots/layer_group.py" line="121" />
            <source>Other</source>
            <translation>Overig</translation>
        </message>
    </context>
    <context>
        <name>register_schema</name>
        <message>
            <location filename="../a4b_qgis_plugin/core/measures/vocabulary.py" line="79" />
            <source>idea</source>
            <translation>idee</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/measures/vocabulary.py" line="80" />
            <source>proposed</source>
            <translation>voorgesteld</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/measures/vocabulary.py" line="81" />
            <source>agreed</source>
            <translation>afgesproken</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/measures/vocabulary.py" line="82" />
            <source>implemented</source>
            <translation>uitgevoerd</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/measures/vocabulary.py" line="83" />
            <source>dropped</source>
            <translation>vervallen</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/measures/vocabulary.py" line="91" />
            <source>Water and drying out</source>
            <translation>Water en verdroging</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/measures/vocabulary.py" line="92" />
            <source>Nitrogen</source>
            <translation>Stikstof</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/measures/vocabulary.py" line="93" />
            <source>Fragmentation and landscape</source>
            <translation>Versnippering en landschap</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/measures/vocabulary.py" line="94" />
            <source>Agricultural nature management</source>
            <translation>Agrarisch natuur- en landschapsbeheer</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/measures/vocabulary.py" line="95" />
            <source>Conversion to nature</source>
            <translation>Omvorming naar natuur</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/measures/vocabulary.py" line="96" />
            <source>Business model</source>
            <translation>Verdienmodel</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/measures/vocabulary.py" line="115" />
            <source>ha</source>
            <translation>ha</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/measures/vocabulary.py" line="116" />
            <source>m</source>
            <translation>m</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/measures/vocabulary.py" line="117" />
            <source>piece</source>
            <translation>stuk</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/measures/vocabulary.py" line="104" />
            <source>ANLb (agricultural nature management)</source>
            <translation>ANLb (agrarisch natuur- en landschapsbeheer)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/measures/vocabulary.py" line="105" />
            <source>Eco-regeling (CAP)</source>
            <translation>Eco-regeling (GLB)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/measures/vocabulary.py" line="106" />
            <source>SNL (nature management subsidy)</source>
            <translation>SNL (subsidie natuur- en landschapsbeheer)</translation>
        </message>
        <message>
            <location filename="../a4b_qgis_plugin/core/measures/vocabulary.py" line="107" />
            <source>Own (pilot measure)</source>
            <translation>Eigen (pilotmaatregel)</translation>
        </message>
    </context>
</TS>