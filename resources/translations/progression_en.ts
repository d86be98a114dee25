<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>Actions</name>
    <message numerus="yes">
        <location filename="../../ui/labels.py" line="+38"/>
        <source>%n observations</source>
        <translation>
            <numerusform>%n observation</numerusform>
            <numerusform>%n observations</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Effacement de %n observations</source>
        <translation>
            <numerusform>Erasing %n observation</numerusform>
            <numerusform>Erasing %n observations</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effacement d&apos;une observation</source>
        <translation>Erasing an observation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modification d&apos;une observation</source>
        <translation>Editing an observation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Positionnement retenu</source>
        <translation>Chosen assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appréciation</source>
        <translation>Report comment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mesure de fluence</source>
        <translation>Reading fluency test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effacement d&apos;une mesure de fluence</source>
        <translation>Erasing a reading fluency test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiche élève</source>
        <translation>Pupil record</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Retrait de %n élèves</source>
        <translation>
            <numerusform>Removing %n pupil</numerusform>
            <numerusform>Removing %n pupils</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retrait d&apos;un élève</source>
        <translation>Removing a pupil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ajout d&apos;un item</source>
        <translation>Adding an item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suppression d&apos;items</source>
        <translation>Deleting items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items masqués ou affichés</source>
        <translation>Items hidden or shown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réglages du carnet</source>
        <translation>Record book settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modifier la classe</source>
        <translation>Edit class details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modifier les dates des périodes</source>
        <translation>Change period dates</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Import de %n observations</source>
        <translation>
            <numerusform>Import of %n observation</numerusform>
            <numerusform>Import of %n observations</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import d&apos;une observation</source>
        <translation>Import of one observation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import de la liste d&apos;élèves</source>
        <translation>Import of the pupil list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import d&apos;un référentiel</source>
        <translation>Framework import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ajout d&apos;une échelle</source>
        <translation>Scale added</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dernière action</source>
        <translation>Last action</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 élève</source>
        <translation>1 pupil</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n élèves</source>
        <translation>
            <numerusform>%n pupil</numerusform>
            <numerusform>%n pupils</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{step} pour {who}</source>
        <translation>{step} for {who}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>« {step} » enregistré pour {who}</source>
        <translation>“{step}” recorded for {who}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Marque effacée pour {who}</source>
        <translation>Mark erased for {who}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n marques effacées pour {who}</source>
        <translation>
            <numerusform>%n mark erased for {who}</numerusform>
            <numerusform>%n marks erased for {who}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Annuler : {action}</source>
        <translation>Undo: {action}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rétablir : {action}</source>
        <translation>Redo: {action}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Annulé : {action}</source>
        <translation>Undone: {action}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rétabli : {action}</source>
        <translation>Redone: {action}</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../ui/banner.py" line="+37"/>
        <location line="+1"/>
        <source>Masquer ce message</source>
        <translation>Hide this message</translation>
    </message>
</context>
<context>
    <name>BusyDialog</name>
    <message>
        <location filename="../../ui/carnet_dialogs.py" line="+214"/>
        <source>Le carnet n&apos;est pas endommagé. Attendez que l&apos;autre programme ait fini (une sauvegarde, une synchronisation, un antivirus…) ou fermez-le, puis réessayez.</source>
        <translation>The record book is not damaged. Wait until the other program has finished (a backup, a sync, an antivirus…) or close it, then try again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carnet occupé</source>
        <translation>Record book in use</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Un autre programme utilise ce carnet.</source>
        <translation>Another program is using this record book.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Réessayer</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CarnetCare</name>
    <message>
        <location filename="../../ui/carnet_care.py" line="+51"/>
        <source>Sauvegarder une copie du carnet</source>
        <translation>Save a copy of the record book</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carnets Progression (*.carnet)</source>
        <translation>Progression record books (*.carnet)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choisissez un autre fichier que le carnet ouvert.</source>
        <translation>Choose a file other than the open record book.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copie enregistrée : {path}</source>
        <translation>Copy saved: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copie du carnet…</source>
        <translation>Copying the record book…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sauvegarde vérifiée ({pupils} élèves, {observations} observations) : {path}</source>
        <translation>Verified backup ({pupils} pupils, {observations} observations): {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sauvegarde du carnet…</source>
        <translation>Backing up the record book…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Aucune sauvegarde automatique de « {name} » n&apos;a encore été faite sur cet ordinateur.</source>
        <translation>No automatic backup of “{name}” has been made on this computer yet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>La sauvegarde du {when} a été remise en place.</source>
        <translation>The backup from {when} has been put back in place.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le carnet d&apos;avant est conservé dans son dossier sous « {name} ».</source>
        <translation>The previous record book is kept in its folder as “{name}”.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choisir une copie de ce carnet</source>
        <translation>Choose a copy of this carnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carnets Progression (*.carnet);;Tous les fichiers (*)</source>
        <translation>Progression record books (*.carnet);;All files (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ce que la copie « {name} » apporte :</source>
        <translation>What the copy « {name} » brings:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Une sauvegarde du carnet est faite juste avant ; la fusion ne s&apos;annule pas avec Ctrl+Z.</source>
        <translation>A backup of the carnet is made just before; merging cannot be undone with Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fusionner</source>
        <translation>Merge</translation>
    </message>
</context>
<context>
    <name>CarnetDialogs</name>
    <message>
        <location filename="../../ui/carnet_dialogs.py" line="-171"/>
        <source>{weekday} {day} {month} {year} à {time}</source>
        <translation>{weekday} {day} {month} {year} at {time}</translation>
    </message>
</context>
<context>
    <name>CarnetSession</name>
    <message>
        <location filename="../../ui/session.py" line="+153"/>
        <source>Le carnet « {name} » n&apos;a pas pu être ouvert : {error}</source>
        <translation>The record book “{name}” could not be opened: {error}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Aucune sauvegarde vérifiée de ce carnet n&apos;a été trouvée sur cet ordinateur ; le fichier n&apos;a pas été modifié.</source>
        <translation>No verified backup of this record book was found on this computer; the file has not been changed.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>La sauvegarde du {when} a été remise en place.</source>
        <translation>The backup from {when} has been put back in place.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le fichier endommagé est conservé, intact, sous « {name} ».</source>
        <translation>The damaged file is kept, untouched, as “{name}”.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{count} élève(s) effacé(s) depuis cette sauvegarde l&apos;ont été de nouveau.</source>
        <translation>{count} pupil(s) erased since this backup were erased again.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Préparation de la classe de démonstration…</source>
        <translation>Preparing the demo class…</translation>
    </message>
</context>
<context>
    <name>ClassDialog</name>
    <message>
        <location filename="../../ui/class_dialog.py" line="+48"/>
        <source>Classe et périodes</source>
        <translation>Class and periods</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CE1-CE2 les Tilleuls</source>
        <translation>CE1-CE2 les Tilleuls</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>École élémentaire Jean-Jaurès, Rennes</source>
        <translation>École élémentaire Jean-Jaurès, Rennes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mme Morel</source>
        <translation>Mme Morel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>donné par la liste ONDE</source>
        <translation>given by the ONDE list</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>La classe</source>
        <translation>The class</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>É&amp;cole :</source>
        <translation>&amp;School:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Classe :</source>
        <translation>&amp;Class:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enseignant(e) :</source>
        <translation>&amp;Teacher:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Identifiant ONDE :</source>
        <translation>ONDE &amp;identifier:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{year} (du {first} au {last})</source>
        <translation>{year} ({first} to {last})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Année scolaire :</source>
        <translation>School year:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Les périodes</source>
        <translation>The periods</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tapez la fin de chaque période : la suivante commence le lendemain (les vacances font partie de la période qu&apos;elles terminent). Les observations gardent leur date et comptent dans la période où elle tombe.</source>
        <translation>Type the end of each period: the next one starts the day after (holidays belong to the period they end). Observations keep their dates and count in the period their date falls in.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Début de {period}</source>
        <translation>Start of {period}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>du</source>
        <translation>from</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fin de {period}</source>
        <translation>End of {period}</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Donnez un nom à la classe (par exemple « CE1-CE2 »).</source>
        <translation>Give the class a name (for example “CE1-CE2”).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>L&apos;identifiant ONDE de la classe est un nombre (par exemple 1001) : il figure dans la liste des élèves extraite d&apos;ONDE.</source>
        <translation>The class&apos;s ONDE identifier is a number (for example 1001): it is in the pupil list extracted from ONDE.</translation>
    </message>
</context>
<context>
    <name>ClassFluencyChart</name>
    <message>
        <location filename="../../ui/charts.py" line="+347"/>
        <source>Fluence de la classe : dernière mesure de chaque élève</source>
        <translation>Class reading fluency: each pupil&apos;s latest test</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+36"/>
        <source>Aucun élève.</source>
        <translation>No pupils.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>{pupils} élèves : {above} au niveau du repère ou au-dessus, {near} proches, {below} en dessous, {missing} sans mesure</source>
        <translation>{pupils} pupils: {above} at or above the benchmark, {near} close, {below} below, {missing} not tested</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>au niveau du repère ou au-dessus</source>
        <translation>at or above the benchmark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proche (moins de 15 % en dessous)</source>
        <translation>close (less than 15% below)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>en dessous</source>
        <translation>below</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repère à la date de la mesure (seuls les objectifs de fin d&apos;année sont officiels)</source>
        <translation>benchmark on the test date (only end-of-year targets are official)</translation>
    </message>
</context>
<context>
    <name>ClassPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="+98"/>
        <source>Votre classe</source>
        <translation>Your class</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ces informations figurent sur les bilans. Vous pourrez les modifier plus tard.</source>
        <translation>This information appears on the reports. You can change it later.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>École élémentaire Jean-Jaurès, Rennes</source>
        <translation>École élémentaire Jean-Jaurès, Rennes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CE1-CE2 les Tilleuls</source>
        <translation>CE1-CE2 les Tilleuls</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mme Morel</source>
        <translation>Mme Morel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Objectifs d&apos;apprentissage (LSU, 4 échelons)</source>
        <translation>Learning objectives (LSU, 4 steps)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>École maternelle (3 échelons)</source>
        <translation>Nursery school (3 steps)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>É&amp;cole :</source>
        <translation>&amp;School:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Classe :</source>
        <translation>&amp;Class:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enseignant(e) :</source>
        <translation>&amp;Teacher:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Année scolaire :</source>
        <translation>School &amp;year:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niveaux :</source>
        <translation>Year groups:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Échelle :</source>
        <translation>Scale:</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../ui/carnet_dialogs.py" line="+466"/>
        <source>Progression</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CustomItemDialog</name>
    <message>
        <location filename="../../ui/framework_panel.py" line="+65"/>
        <source>Nouvel item</source>
        <translation>New item</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ce que l&apos;élève sait faire, par exemple « Lire un texte documentaire et en dégager l&apos;idée principale »</source>
        <translation>What the pupil can do, for example “Read a non-fiction text and find its main idea”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sous « {0} — {1} »</source>
        <translation>Under “{0} — {1}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compétence</source>
        <translation>competency</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>objectif</source>
        <translation>objective</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intitulé</source>
        <translation>Wording</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niveaux</source>
        <translation>Year groups</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <location filename="../../ui/carnet_dialogs.py" line="-228"/>
        <source>Carnet endommagé</source>
        <translation>Damaged record book</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ce carnet ne peut pas être ouvert.</source>
        <translation>This record book cannot be opened.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restaurer cette sauvegarde</source>
        <translation>Restore this backup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Progression ne modifiera pas ce fichier : il sera mis de côté, intact, dans son dossier (un spécialiste pourra peut-être encore en tirer quelque chose).</source>
        <translation>Progression will not modify this file: it will be set aside, untouched, in its folder (a specialist may still be able to get something out of it).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La sauvegarde vérifiée la plus récente date du {when}.</source>
        <translation>The most recent verified backup is from {when}.</translation>
    </message>
</context>
<context>
    <name>DocumentsMenu</name>
    <message>
        <location filename="../../ui/documents.py" line="+45"/>
        <source>&amp;Importer une liste d&apos;élèves…</source>
        <translation>&amp;Import a pupil list…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importer des o&amp;bservations…</source>
        <translation>Import observa&amp;tions…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Exporter les bilans de période (PDF)…</source>
        <translation>&amp;Export period reports (PDF)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporter la synthèse de &amp;classe (PDF)…</source>
        <translation>Export the class o&amp;verview (PDF)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporter la &amp;grille de classe (xlsx / CSV)…</source>
        <translation>Export the class &amp;grid (xlsx / CSV)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporter pour le &amp;LSU (XML)…</source>
        <translation>Export for the LS&amp;U (XML)…</translation>
    </message>
</context>
<context>
    <name>EntryPanel</name>
    <message>
        <location filename="../../ui/grid/entry_panel.py" line="+46"/>
        <source>&amp;Élèves :</source>
        <translation>P&amp;upils:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Groupe :</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Objectifs :</source>
        <translation>&amp;Objectives:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Niveau des élèves affichés</source>
        <translation>Year group of the pupils shown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groupe d&apos;élèves affiché</source>
        <translation>Group of pupils shown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compétence dont les objectifs sont affichés</source>
        <translation>Competency whose objectives are shown</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Aucun élève dans cette liste. Ajoutez vos élèves dans la page «&#xa0;Élèves&#xa0;».</source>
        <translation>No pupils in this list. Add your pupils on the “Pupils” page.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Tous les niveaux</source>
        <translation>All year groups</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tous les groupes</source>
        <translation>All groups</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Toutes les compétences</source>
        <translation>All competencies</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Suppr : effacer · Entrée ou clic : choisir · Ctrl+Z : annuler</source>
        <translation>Del: erase · Enter or click: choose · Ctrl+Z: undo</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Rien à effacer dans cette case pour la période affichée.</source>
        <translation>Nothing to erase in this cell for the period shown.</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <location filename="../../ui/erasure.py" line="+42"/>
        <source>Ce carnet ne contient aucun élève.</source>
        <translation>This record book has no pupils.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} a été effacé(e) définitivement du carnet.</source>
        <translation>{name} has been erased from the record book for good.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Les sauvegardes faites avant l&apos;effacement contiennent encore ses données jusqu&apos;à leur suppression automatique, ou jusqu&apos;à ce que vous choisissiez Élèves › Terminer les effacements dans les sauvegardes.</source>
        <translation>Backups made before the erasure still hold their data until they are deleted automatically, or until you choose Pupils › Finish erasures in the backups.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Un autre programme lit ce carnet : les dernières traces seront effacées quand il le fermera.</source>
        <translation>Another program is reading this record book: the last traces will be erased when it closes it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Effacement de {name}…</source>
        <translation>Erasing {name}…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Aucun élève n&apos;a été effacé de ce carnet : il n&apos;y a rien à nettoyer.</source>
        <translation>No pupil has been erased from this carnet: there is nothing to clean.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nettoyage des sauvegardes…</source>
        <translation>Cleaning the backups…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sauvegardes automatiques nettoyées : {count}.</source>
        <translation>Automatic backups cleaned: {count}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fichiers mis de côté près du carnet nettoyés : {count}.</source>
        <translation>Files set aside next to the carnet cleaned: {count}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Supprimer les fichiers illisibles ?</source>
        <translation>Delete the unreadable files?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ces fichiers, endommagés ou mis de côté, peuvent encore contenir des données des élèves effacés, et Progression ne peut pas les nettoyer sans risque :
{names}

Les supprimer termine l&apos;effacement ; vous ne pourrez plus les confier à un spécialiste.</source>
        <translation>These files, damaged or set aside, may still hold data of the erased pupils, and Progression cannot clean them safely:
{names}

Deleting them completes the erasure; you will no longer be able to give them to a specialist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Supprimer ces fichiers</source>
        <translation>Delete these files</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Dossier où ranger l&apos;archive de fin d&apos;année</source>
        <translation>Folder to store the end-of-year archive in</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choisissez un autre dossier que celui des sauvegardes automatiques : elles sont supprimées à la fin de l&apos;archivage.</source>
        <translation>Choose a folder other than the automatic backups&apos; folder: they are deleted when the archive is done.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Archive vérifiée enregistrée ({pupils} élèves, {observations} observations) :
{archive}

Les élèves ont été effacés du carnet ; sauvegardes automatiques supprimées : {deleted}. Pour la rentrée, créez un nouveau carnet (Fichier › Nouveau carnet…).</source>
        <translation>Verified archive saved ({pupils} pupils, {observations} observations):
{archive}

The pupils have been erased from the record book; automatic backups deleted: {deleted}. For the new school year, create a new record book (File › New record book…).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Archivage de fin d&apos;année…</source>
        <translation>Archiving the year…</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../ui/runner.py" line="+119"/>
        <source>Progression</source>
        <translation>Progression</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="+88"/>
        <source>Aucune application n&apos;a pu ouvrir « {path} ».</source>
        <translation>No application could open “{path}”.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Bilan lecture - {period} - {pupil}</source>
        <translation>Reading report - {period} - {pupil}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bilans lecture - {period} - {label}</source>
        <translation>Reading reports - {period} - {label}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synthèse de classe lecture - {period} - {label}</source>
        <translation>Class reading overview - {period} - {label}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LSU lecture - {period} - {label}</source>
        <translation>LSU reading - {period} - {label}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grille lecture - {period} - {label}</source>
        <translation>Reading grid - {period} - {label}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} élèves</source>
        <translation>{n} pupils</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(pseudonymisé)</source>
        <translation>(pseudonymised)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Exporter des documents</source>
        <translation>Export documents</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bilans par élève (PDF)</source>
        <translation>Pupil reports (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synthèse de classe (PDF)</source>
        <translation>Class overview (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grille de classe (tableur Excel, .xlsx)</source>
        <translation>Class grid (Excel spreadsheet, .xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grille de classe (CSV)</source>
        <translation>Class grid (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fichier pour le Livret scolaire unique (LSU, .xml)</source>
        <translation>File for the Livret scolaire unique (LSU, .xml)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Élèves</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tous les élèves, dans un seul fichier</source>
        <translation>All pupils, in one file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un fichier par élève, dans un dossier</source>
        <translation>One file per pupil, in a folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seulement les élèves cochés :</source>
        <translation>Only the ticked pupils:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Élèves à exporter</source>
        <translation>Pupils to export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tout cocher</source>
        <translation>Tick all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tout décocher</source>
        <translation>Untick all</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pseudonymiser (Élève 01, Élève 02…)</source>
        <translation>Pseudonymise (Pupil 01, Pupil 02…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pour partager avec l&apos;inspection ou l&apos;équipe de circonscription : aucun nom d&apos;élève dans le document.</source>
        <translation>For sharing with inspectors or the district team: no pupil names in the document.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pour le LSU</source>
        <translation>For the LSU</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mme MARTIN Claire</source>
        <translation>Mme MARTIN Claire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>M. DURAND Paul</source>
        <translation>M. DURAND Paul</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numéro &amp;UAI de l&apos;école :</source>
        <translation>School &amp;UAI number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Directrice ou directeur :</source>
        <translation>&amp;Head teacher:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;nseignante ou enseignant :</source>
        <translation>&amp;Teacher:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>La civilité, le NOM en capitales puis le prénom. Les élèves sont reconnus à leur INE et la classe à son identifiant ONDE, pris dans la liste ONDE.</source>
        <translation>Civility (Mme or M.), the SURNAME in capitals, then the first name. Pupils are recognised by their INE and the class by its ONDE identifier, both taken from the ONDE list.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exporter…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Période :</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Une page par élève : les compétences de lecture de la période, l&apos;évolution, la fluence, l&apos;appréciation et la place des signatures.</source>
        <translation>One page per pupil: the period&apos;s reading competencies, progress, reading fluency, the report comment and room for signatures.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Une vue d&apos;ensemble en A4 paysage : élèves × objectifs, effectifs par échelon, élèves sous le repère de fluence, groupes de besoin.</source>
        <translation>An overview on landscape A4: pupils × objectives, numbers per step, pupils below the fluency benchmark, support groups.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pour l&apos;école et l&apos;inspection : une feuille par période jusqu&apos;à celle choisie, la légende, des statistiques et la fluence.</source>
        <translation>For the school and inspectors: one sheet per period up to the chosen one, the key, statistics and reading fluency.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La même grille, une ligne par période, élève et item (séparateur « ; »).</source>
        <translation>The same grid, one line per period, pupil and item (separator “;”).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pour la directrice ou le directeur : le positionnement en lecture de chaque élève, les objectifs travaillés et l&apos;appréciation de la période, à importer dans le LSU.</source>
        <translation>For the head teacher: each pupil&apos;s reading positionnement, the objectives worked on and the period&apos;s appreciation, to import into the LSU.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cochez au moins un élève.</source>
        <translation>Tick at least one pupil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aucun élève n&apos;est inscrit pendant cette période.</source>
        <translation>No pupil is enrolled during this period.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indiquez le numéro UAI de l&apos;école et les deux noms.</source>
        <translation>Give the school&apos;s UAI number and both names.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Dossier où enregistrer un bilan par élève</source>
        <translation>Folder to save one report per pupil in</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classeurs Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fichiers CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fichiers XML (*.xml)</source>
        <translation>XML files (*.xml)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enregistrer le document</source>
        <translation>Save the document</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Export en cours…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export en cours : {done} sur {total}…</source>
        <translation>Exporting: {done} of {total}…</translation>
    </message>
</context>
<context>
    <name>FluencyCurveView</name>
    <message>
        <location filename="../../ui/charts.py" line="-280"/>
        <source>Aucune mesure de fluence pour l&apos;instant.</source>
        <translation>No reading fluency tests yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Courbe de fluence de l&apos;élève</source>
        <translation>The pupil&apos;s reading fluency curve</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>janv.</source>
        <translation>Jan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>févr.</source>
        <translation>Feb</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mars</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>avr.</source>
        <translation>Apr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mai</source>
        <translation>May</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>juin</source>
        <translation>Jun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>juil.</source>
        <translation>Jul</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>août</source>
        <translation>Aug</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sept.</source>
        <translation>Sep</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>oct.</source>
        <translation>Oct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nov.</source>
        <translation>Nov</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>déc.</source>
        <translation>Dec</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>1 mesure : {value} mots par minute le {day}</source>
        <translation>1 test: {value} words correct per minute on {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} mesures, dernière : {value} mots par minute le {day}</source>
        <translation>{count} tests, latest: {value} words correct per minute on {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>objectif de fin d&apos;année : {target}</source>
        <translation>end-of-year target: {target}</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Objectif officiel de fin d&apos;année : {0} MCLM</source>
        <translation>Official end-of-year target: {0} WCPM</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>MCLM mesuré (○ texte préparé)</source>
        <translation>Measured WCPM (○ practised text)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repère (seuls les objectifs de fin d&apos;année sont officiels)</source>
        <translation>benchmark (only end-of-year targets are official)</translation>
    </message>
</context>
<context>
    <name>FluencyPanel</name>
    <message>
        <location filename="../../ui/fluency_panel.py" line="+173"/>
        <source>Titre du texte lu</source>
        <translation>Title of the text read</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+421"/>
        <source>texte préparé</source>
        <translation>practised text</translation>
    </message>
    <message>
        <location line="-420"/>
        <source>Les objectifs officiels portent sur un texte lu sans préparation.</source>
        <translation>The official targets are for a text read without practice.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date de la lecture</source>
        <translation>Date of the reading</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lecture</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Élève</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Texte</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Secondes restantes</source>
        <translation>Seconds left</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nouvelle lecture</source>
        <translation>New reading</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chronomètre</source>
        <translation>Stopwatch</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Erreur (E)</source>
        <translation>Error (E)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retirer la dernière erreur (⌫)</source>
        <translation>Remove the last error (⌫)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Durée de lecture : le chronomètre la remplit ; modifiable si vous avez chronométré autrement.</source>
        <translation>Reading time: the stopwatch fills it in; you can change it if you timed the reading another way.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Comptage</source>
        <translation>Counting</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mots lus</source>
        <translation>Words read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Durée</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MCLM</source>
        <translation>WCPM</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mesures de la période</source>
        <translation>Tests of the period</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Supprimer la mesure</source>
        <translation>Delete the test</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{0} : dernière mesure de chaque élève et mesures de la période</source>
        <translation>{0}: each pupil&apos;s latest test and the tests of the period</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Temps écoulé !</source>
        <translation>Time&apos;s up!</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saisissez le nombre de mots lus, puis Enregistrer.</source>
        <translation>Enter the number of words read, then Save.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lecture en cours… Espace pour arrêter avant la fin.</source>
        <translation>Reading… Space to stop before the end.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrêté après {0} s : c&apos;est cette durée qui compte.</source>
        <translation>Stopped after {0} s: this is the time that counts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Espace pour démarrer ; E ou - pour compter une erreur.</source>
        <translation>Space to start; E or - to count an error.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrêter (Espace)</source>
        <translation>Stop (Space)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommencer (Espace)</source>
        <translation>Start again (Space)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Démarrer (Espace)</source>
        <translation>Start (Space)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Erreurs : {0}</source>
        <translation>Errors: {0}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(mots lus − erreurs) × 60 / secondes</source>
        <translation>(words read − errors) × 60 / seconds</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choisissez l&apos;élève qui a lu.</source>
        <translation>Choose the pupil who read.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enregistré : {0} MCLM pour {1}.</source>
        <translation>Saved: {0} WCPM for {1}.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>{0} : pas de mesure cette période</source>
        <translation>{0}: no test this period</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} ({1}), le {2} : {3} MCLM</source>
        <translation>{0} ({1}), on {2}: {3} WCPM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>repère à cette date : {0} (seuls les objectifs de fin d&apos;année sont officiels)</source>
        <translation>benchmark on this date: {0} (only end-of-year targets are official)</translation>
    </message>
</context>
<context>
    <name>FluencyTableModel</name>
    <message>
        <location line="-495"/>
        <source>Élève</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Texte</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mots lus</source>
        <translation>Words read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erreurs</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Durée (s)</source>
        <translation>Time (s)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MCLM</source>
        <translation>WCPM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repère</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <location line="+34"/>
        <source> (préparé)</source>
        <translation> (practised)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Repère interpolé pour la date : seuls les objectifs de fin d&apos;année sont officiels.</source>
        <translation>Benchmark interpolated for the date: only end-of-year targets are official.</translation>
    </message>
</context>
<context>
    <name>FrameworkFiles</name>
    <message>
        <location filename="../../ui/framework_panel.py" line="+30"/>
        <source>Importer un référentiel</source>
        <translation>Import a framework</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Référentiels (*.json *.csv);;Tous les fichiers (*)</source>
        <translation>Frameworks (*.json *.csv);;All files (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporter le référentiel</source>
        <translation>Export the framework</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Référentiel JSON (*.json);;Tableur CSV (*.csv)</source>
        <translation>JSON framework (*.json);;CSV spreadsheet (*.csv)</translation>
    </message>
</context>
<context>
    <name>FrameworkPanel</name>
    <message>
        <location line="+18"/>
        <source>Chercher un code ou des mots…</source>
        <translation>Search for a code or words…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chercher dans le référentiel</source>
        <translation>Search the framework</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afficher les items masqués</source>
        <translation>Show hidden items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niveau</source>
        <translation>Year group</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Référentiel : domaines, compétences et objectifs</source>
        <translation>Framework: domains, competencies and objectives</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ajouter un item ici…</source>
        <translation>Add an item here…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Masquer</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afficher</source>
        <translation>Show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importer un référentiel…</source>
        <translation>Import a framework…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporter…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item choisi</source>
        <translation>Selected item</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Échanger avec des collègues</source>
        <translation>Share with colleagues</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} intitulé à vérifier dans le BO · &lt;i style=&apos;color:#9A9A9A&apos;&gt;grisé&lt;/i&gt; : masqué (non travaillé cette année)</source>
        <translation>{0} wording to check in the BO · &lt;i style=&apos;color:#9A9A9A&apos;&gt;greyed&lt;/i&gt;: hidden (not taught this year)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Niveaux de la classe ({0})</source>
        <translation>The class&apos;s year groups ({0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tous les niveaux</source>
        <translation>All year groups</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>{0} éléments choisis.</source>
        <translation>{0} entries selected.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisissez un item dans l&apos;arbre.</source>
        <translation>Choose an item in the tree.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Niveaux : {0}</source>
        <translation>Year groups: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code LSU : {0}</source>
        <translation>LSU code: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coefficient : {0}</source>
        <translation>Weight: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>intitulé à vérifier dans le BO</source>
        <translation>wording to check in the BO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;i&gt;Masqué : non travaillé cette année.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Hidden: not taught this year.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item ajouté par l&apos;enseignant.</source>
        <translation>Item added by the teacher.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Item « {0} » ajouté.</source>
        <translation>Item “{0}” added.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{0} items importés depuis « {1} ».</source>
        <translation>{0} items imported from “{1}”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>referentiel</source>
        <translation>framework</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} items exportés dans « {1} ».</source>
        <translation>{0} items exported to “{1}”.</translation>
    </message>
</context>
<context>
    <name>FrameworkTreeModel</name>
    <message>
        <location filename="../../ui/framework_model.py" line="+48"/>
        <source>Intitulé</source>
        <translation>Wording</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Niveaux</source>
        <translation>Year groups</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>intitulé à vérifier dans le BO</source>
        <translation>wording to check in the BO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>masqué : non travaillé cette année (les observations restent dans le carnet)</source>
        <translation>hidden: not taught this year (its observations stay in the record book)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>item ajouté par l&apos;enseignant</source>
        <translation>item added by the teacher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>code LSU : {0}</source>
        <translation>LSU code: {0}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>à vérifier</source>
        <translation>to check</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+17"/>
        <source>masqué</source>
        <translation>hidden</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>personnel</source>
        <translation>own</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ancien programme</source>
        <translation>former curriculum</translation>
    </message>
</context>
<context>
    <name>ImportButtons</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="+79"/>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>InfoDialog</name>
    <message>
        <location filename="../../ui/carnet_dialogs.py" line="+241"/>
        <source>Progression</source>
        <translation>Progression</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location line="-373"/>
        <source>Ce carnet est occupé</source>
        <translation>This record book is in use</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sur cet ordinateur</source>
        <translation>on this computer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sur l&apos;ordinateur « {host} »</source>
        <translation>on the computer “{host}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ce carnet est déjà ouvert par {user} {where} depuis {since}.</source>
        <translation>This record book has been open by {user} {where} since {since}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Il est sans doute ouvert dans une autre fenêtre de Progression : fermez-la, puis rouvrez-le ici.</source>
        <translation>It is probably open in another Progression window: close it, then open the record book again here.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fermez-le sur cet ordinateur-là avant de l&apos;ouvrir ici : un carnet ne s&apos;ouvre pour écrire qu&apos;à un endroit à la fois.</source>
        <translation>Close it on that computer before opening it here: a record book can only be open for writing in one place at a time.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Il n&apos;y a pas servi depuis plus de {hours} heures : si Progression y a été mal fermé (ordinateur éteint, clé retirée), vous pouvez prendre la main.</source>
        <translation>It has not been used there for more than {hours} hours: if Progression was not closed properly (computer switched off, USB key removed), you can take over.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>En lecture seule, vous pouvez le consulter et imprimer ses documents, sans rien y modifier.</source>
        <translation>Read-only, you can look at it and print its documents without changing anything.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carnet déjà ouvert</source>
        <translation>Record book already open</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ouvrir en lecture seule</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prendre la main…</source>
        <translation>Take over…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Prendre la main sur « {name} » ?</source>
        <translation>Take over “{name}”?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne le faites que si Progression est bien fermé sur « {host} » (ordinateur éteint, clé retirée). Si le carnet y est encore ouvert, ce qui y est saisi et ce que vous saisirez ici risquent de s&apos;écraser ou de se perdre.</source>
        <translation>Only do this if Progression is really closed on “{host}” (computer switched off, USB key removed). If the record book is still open there, what is entered there and what you enter here may overwrite each other or be lost.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prendre la main</source>
        <translation>Take over</translation>
    </message>
</context>
<context>
    <name>LossWords</name>
    <message>
        <location line="+42"/>
        <source>Le carnet actuel ne peut pas être lu : Progression ne peut pas dire ce qui y a été saisi après cette sauvegarde. Il est gardé tel quel dans son dossier sous « {name} ».</source>
        <translation>The current record book cannot be read: Progression cannot tell what was entered in it after this backup. It is kept as it is in its folder as “{name}”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le carnet actuel ne contient rien de plus que cette sauvegarde : rien ne sera perdu. Il est tout de même gardé dans son dossier sous « {name} ».</source>
        <translation>The current record book holds nothing more than this backup: nothing will be lost. It is still kept in its folder as “{name}”.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n observations</source>
        <translation>
            <numerusform>%n observation</numerusform>
            <numerusform>%n observations</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 observation</source>
        <translation>1 observation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(la plus récente du {day})</source>
        <translation>(the latest on {day})</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n élèves</source>
        <translation>
            <numerusform>%n pupil</numerusform>
            <numerusform>%n pupils</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 élève</source>
        <translation>1 pupil</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n mesures de fluence</source>
        <translation>
            <numerusform>%n reading fluency test</numerusform>
            <numerusform>%n reading fluency tests</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 mesure de fluence</source>
        <translation>1 reading fluency test</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n appréciations</source>
        <translation>
            <numerusform>%n report comment</numerusform>
            <numerusform>%n report comments</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 appréciation</source>
        <translation>1 report comment</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n positionnements retenus</source>
        <translation>
            <numerusform>%n chosen assessment</numerusform>
            <numerusform>%n chosen assessments</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 positionnement retenu</source>
        <translation>1 chosen assessment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restaurer cette sauvegarde retirerait du carnet ce qui a été saisi ou modifié après elle : {what}. Rien n&apos;est effacé pour autant : le carnet actuel est gardé tel quel dans son dossier sous « {name} ».</source>
        <translation>Restoring this backup would take out of the record book what was entered or changed after it: {what}. Nothing is erased though: the current record book is kept as it is in its folder as “{name}”.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/workspace.py" line="+61"/>
        <source>Élèves</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fluence</source>
        <translation>Reading fluency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bilans de période</source>
        <translation>Period reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Référentiel</source>
        <translation>Framework</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+62"/>
        <location line="+321"/>
        <source>Progression</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>&amp;Nouveau carnet…</source>
        <translation>&amp;New record book…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ouvrir…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir la classe de &amp;démonstration</source>
        <translation>Open the &amp;demo class</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sauvegarder une copie…</source>
        <translation>&amp;Save a copy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sauvegarder &amp;maintenant</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restaurer une sauvegarde…</source>
        <translation>Restore a bac&amp;kup…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Effacer définitivement un élève…</source>
        <translation>&amp;Erase a pupil for good…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fin d&apos;année : archiver et effacer les élèves…</source>
        <translation>End of &amp;year: archive and erase the pupils…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Fermer le carnet</source>
        <translation>&amp;Close record book</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>À &amp;propos de Progression</source>
        <translation>&amp;About Progression</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Saisie</source>
        <translation>Recording</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>É&amp;dition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Élè&amp;ves</source>
        <translation>&amp;Pupils</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Récemmen&amp;t ouverts</source>
        <translation>Recentl&amp;y opened</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>F&amp;usionner une copie du carnet…</source>
        <translation>&amp;Merge a copy of the carnet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;ynchroniser avec le serveur de l&apos;école…</source>
        <translation>Sync wit&amp;h the school server…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classe et &amp;périodes…</source>
        <translation>C&amp;lass and periods…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Terminer les effacements dans les sauvegardes…</source>
        <translation>&amp;Finish erasures in the backups…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Aid&amp;e</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Langue</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+107"/>
        <source> (par {user} sur « {host} »)</source>
        <translation> (by {user} on “{host}”)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lecture seule : ce carnet est ouvert ailleurs{who}. Vous pouvez le consulter ; pour y écrire, fermez-le là-bas puis rouvrez-le ici.</source>
        <translation>Read-only: this record book is open elsewhere{who}. You can look at it; to write in it, close it there and then open it again here.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ce carnet est en lecture seule : le fichier, son dossier ou la clé USB sont protégés en écriture. Vous pouvez le consulter ; pour le modifier, enregistrez-en une copie dans vos Documents (Fichier › Sauvegarder une copie…) et ouvrez-la.</source>
        <translation>This record book is read-only: the file, its folder or the USB key is write-protected. You can look at it; to change it, save a copy in your Documents (File › Save a copy…) and open that.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{label} — {year} — Progression</source>
        <translation>{label} — {year} — Progression</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} — {year} (lecture seule) — Progression</source>
        <translation>{label} — {year} (read-only) — Progression</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Création du carnet…</source>
        <translation>Creating the record book…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ouvrir un carnet</source>
        <translation>Open a record book</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carnets Progression (*.carnet);;Tous les fichiers (*)</source>
        <translation>Progression record books (*.carnet);;All files (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>La nouvelle langue sera utilisée au prochain démarrage de Progression.</source>
        <translation>The new language will be used the next time Progression starts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La variable d&apos;environnement {variable} impose cependant une autre langue : retirez-la pour que ce choix compte.</source>
        <translation>The {variable} environment variable sets another language, though: remove it for this choice to take effect.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>À propos de Progression</source>
        <translation>About Progression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Progression&lt;/b&gt; {version}&lt;br&gt;Suivi des progrès en lecture des élèves de l&apos;école primaire, hors ligne, dans un seul fichier.&lt;br&gt;Logiciel libre sous licence GPL 3 ou ultérieure.</source>
        <translation>&lt;b&gt;Progression&lt;/b&gt; {version}&lt;br&gt;Tracking primary-school pupils&apos; progress in reading, offline, in a single file.&lt;br&gt;Free software under the GPL, version 3 or later.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Patientez : Progression termine une opération sur le carnet.</source>
        <translation>Please wait: Progression is finishing an operation on the record book.</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="+118"/>
        <source>Impossible d&apos;écrire l&apos;image « {path} ».</source>
        <translation>Could not write the image “{path}”.</translation>
    </message>
</context>
<context>
    <name>NewClassWizard</name>
    <message>
        <location filename="../../ui/wizard.py" line="+331"/>
        <source>Créer ma classe</source>
        <translation>Create my class</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Créer le carnet</source>
        <translation>Create the record book</translation>
    </message>
</context>
<context>
    <name>ObservationDialog</name>
    <message>
        <location filename="../../ui/pupil_forms.py" line="+44"/>
        <source>Modifier l&apos;observation</source>
        <translation>Edit the observation</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Échelon</source>
        <translation>Step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activité</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commentaire</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>ObservationGridView</name>
    <message>
        <location filename="../../ui/grid/view.py" line="+122"/>
        <source>Grille des observations : élèves en lignes, objectifs en colonnes</source>
        <translation>Observation grid: pupils in rows, objectives in columns</translation>
    </message>
</context>
<context>
    <name>ObservationImportDialog</name>
    <message>
        <location filename="../../ui/observation_import.py" line="+44"/>
        <source>Importer des observations</source>
        <translation>Import observations</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Aucun fichier choisi.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisir un fichier…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Choisir un fichier d&apos;observations</source>
        <translation>Choose a file of observations</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Un fichier CSV ou un tableur (xlsx, ods) avec les colonnes eleve, item, echelon, date et, si vous voulez, commentaire : l&apos;élève par son INE ou « NOM Prénom », le code de l&apos;item, l&apos;échelon (1 à 4 ou son nom), la date jj/mm/aaaa. Le fichier est vérifié en entier : une ligne fausse, et rien n&apos;est importé.</source>
        <translation>A CSV file or a spreadsheet (xlsx, ods) with the columns eleve, item, echelon, date and, if you wish, commentaire: the pupil by INE or « SURNAME First name », the item&apos;s code, the step (1 to 4 or its name), the date dd/mm/yyyy. The whole file is checked: one wrong line and nothing is imported.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ctrl+Z annule tout l&apos;import d&apos;un coup ; une copie de sauvegarde du carnet est aussi faite juste avant.</source>
        <translation>Ctrl+Z undoes the whole import at once; a backup copy of the carnet is also made just before.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Tableaux (*.csv *.txt *.xlsx *.ods);;Tous les fichiers (*)</source>
        <translation>Tables (*.csv *.txt *.xlsx *.ods);;All files (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fichier : {name}</source>
        <translation>File: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Vérification du fichier…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ce fichier ne contient aucune observation.</source>
        <translation>This file contains no observations.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 observation sera importée.</source>
        <translation>1 observation will be imported.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} observations seront importées.</source>
        <translation>{n} observations will be imported.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>1 observation importée (Ctrl+Z pour annuler).</source>
        <translation>1 observation imported (Ctrl+Z to undo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} observations importées (Ctrl+Z pour annuler).</source>
        <translation>{n} observations imported (Ctrl+Z to undo).</translation>
    </message>
</context>
<context>
    <name>ObservationTableModel</name>
    <message>
        <location filename="../../ui/grid/model.py" line="+324"/>
        <source>(parti le {date})</source>
        <translation>(left on {date})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>groupe {group}</source>
        <translation>group {group}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ne concerne pas ce niveau</source>
        <translation>not for this year group</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pas encore observé dans la période</source>
        <translation>not yet observed in the period</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Objectif de {grades} : ne concerne pas un élève de {grade}.</source>
        <translation>Objective for {grades}: not for a pupil in {grade}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aucune observation cette année.</source>
        <translation>No observations this year.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>… et {n} plus anciennes</source>
        <translation>… and {n} older ones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En gris : hors de la période affichée.</source>
        <translation>In grey: outside the period shown.</translation>
    </message>
</context>
<context>
    <name>PeriodsPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="-297"/>
        <source>Les périodes de l&apos;année</source>
        <translation>The periods of the year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates proposées pour la zone B ; corrigez la fin de chaque période si votre calendrier diffère.</source>
        <translation>Dates suggested for zone B; correct the end of each period if your calendar is different.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>5 périodes</source>
        <translation>5 periods</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3 trimestres</source>
        <translation>3 terms</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 semestres</source>
        <translation>2 semesters</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fin de {period}</source>
        <translation>End of {period}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>du {date}</source>
        <translation>from {date}</translation>
    </message>
</context>
<context>
    <name>PreviewTableModel</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="+65"/>
        <source>date de naissance inconnue</source>
        <translation>date of birth unknown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Doublon possible : {name} est déjà dans la classe ({born}) ; vérifiez qu&apos;il ne s&apos;agit pas du même élève.</source>
        <translation>Possible duplicate: {name} is already in the class ({born}); check that this is not the same pupil.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ligne</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nom</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date de naissance</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Niveau</source>
        <translation>Year group</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+18"/>
        <source>INE</source>
        <translation>INE</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Remarque</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ajouté</source>
        <translation>added</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mis à jour ({fields})</source>
        <translation>updated ({fields})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inchangé</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejeté</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attention</source>
        <translation>warning</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nom</source>
        <translation>surname</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>prénom</source>
        <translation>first name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>niveau</source>
        <translation>year group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date de naissance</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sexe</source>
        <translation>sex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nom de naissance</source>
        <translation>birth name</translation>
    </message>
</context>
<context>
    <name>PupilImportDialog</name>
    <message>
        <location line="-157"/>
        <source>Choisir une liste d&apos;élèves</source>
        <translation>Choose a pupil list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listes d&apos;élèves (*.csv *.txt *.xlsx *.ods);;CSV (*.csv *.txt);;Tableur (*.xlsx *.ods);;Tous les fichiers (*)</source>
        <translation>Pupil lists (*.csv *.txt *.xlsx *.ods);;CSV (*.csv *.txt);;Spreadsheet (*.xlsx *.ods);;All files (*)</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>Importer une liste d&apos;élèves</source>
        <translation>Import a pupil list</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Aucun fichier choisi.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choisir un fichier…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dans ONDE : Listes &amp; extractions → « Élèves de l&apos;école » → Élèves → Extraction format CSV. Un tableur ou un CSV avec les colonnes Nom, Prénom, Date de naissance, Niveau, INE convient aussi. Rien n&apos;est enregistré avant « Importer ».</source>
        <translation>In ONDE: Listes &amp; extractions → “Élèves de l&apos;école” → Élèves → Extraction format CSV. A spreadsheet or a CSV file with the columns Nom, Prénom, Date de naissance, Niveau, INE also works. Nothing is saved before “Import”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Classe du fichier :</source>
        <translation>&amp;Class in the file:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choisissez votre classe…</source>
        <translation>Choose your class…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Aperçu de l&apos;import</source>
        <translation>Import preview</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Importer seulement les lignes valides</source>
        <translation>Import only the valid rows</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Fichier : {name}</source>
        <translation>File: {name}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Lecture de la liste…</source>
        <translation>Reading the list…</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>{n} inchangé</source>
        <translation>{n} unchanged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} rejeté</source>
        <translation>{n} rejected</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} doublon possible</source>
        <translation>{n} possible duplicate</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{n} élève ajouté</source>
        <translation>{n} pupil added</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>{n} élèves</source>
        <translation>{n} pupils</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} élève</source>
        <translation>{n} pupil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classe sans nom</source>
        <translation>Unnamed class</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>identifiant {id}</source>
        <translation>ID {id}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ce fichier contient {n} classes : choisissez la vôtre.</source>
        <translation>This file contains {n} classes: choose yours.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{n} à ajouter</source>
        <translation>{n} to add</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} à mettre à jour</source>
        <translation>{n} to update</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} inchangés</source>
        <translation>{n} unchanged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} rejetés</source>
        <translation>{n} rejected</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} doublons possibles</source>
        <translation>{n} possible duplicates</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choisissez un fichier pour voir ce qui serait importé.</source>
        <translation>Choose a file to see what would be imported.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aucune ligne valide à importer.</source>
        <translation>No valid rows to import.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Des lignes sont rejetées : corrigez le fichier, ou cochez « Importer seulement les lignes valides ».</source>
        <translation>Some rows are rejected: correct the file, or tick “Import only the valid rows”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rien à importer : la classe est déjà à jour.</source>
        <translation>Nothing to import: the class is already up to date.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{n} élèves ajoutés</source>
        <translation>{n} pupils added</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} mis à jour</source>
        <translation>{n} updated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liste importée : {added}, {updated} (Ctrl+Z pour annuler).</source>
        <translation>List imported: {added}, {updated} (Ctrl+Z to undo).</translation>
    </message>
</context>
<context>
    <name>PupilListModel</name>
    <message>
        <location filename="../../ui/pupil_models.py" line="+68"/>
        <source>A quitté la classe le {0}</source>
        <translation>Left the class on {0}</translation>
    </message>
</context>
<context>
    <name>PupilPanel</name>
    <message>
        <location filename="../../ui/pupil_panel.py" line="+76"/>
        <source>Chercher un élève…</source>
        <translation>Search for a pupil…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chercher un élève</source>
        <translation>Search for a pupil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Élèves de la classe</source>
        <translation>Pupils of the class</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nouvel élève…</source>
        <translation>New pupil…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>11 caractères</source>
        <translation>11 characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connue :</source>
        <translation>known:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date de naissance connue</source>
        <translation>Date of birth known</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>oui, le</source>
        <translation>yes, on</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Date de départ</source>
        <translation>Date of leaving</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>Arrivé(e) en cours d&apos;année</source>
        <translation>Joined during the year</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Date d&apos;arrivée</source>
        <translation>Date of arrival</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>aucun (ex. : lecteurs fragiles)</source>
        <translation>none (e.g. struggling readers)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un groupe de besoin : la grille de saisie peut n&apos;afficher que ses élèves.</source>
        <translation>A needs-based group: the recording grid can show its pupils alone.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enregistrer la fiche</source>
        <translation>Save the record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler les modifications</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiche</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nom</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niveau</source>
        <translation>Year group</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Groupe</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Observations de la plus ancienne à la plus récente. Sélectionnez-en une pour la modifier (Entrée) ou la supprimer (Suppr) ; en gras : la période choisie.</source>
        <translation>Observations from oldest to newest. Select one to change it (Enter) or delete it (Del); in bold: the chosen period.</translation>
    </message>
    <message>
        <location line="+292"/>
        <source>La date de départ ({left}) précède la date d&apos;arrivée ({arrived}).</source>
        <translation>The date of leaving ({left}) is before the date of arrival ({arrived}).</translation>
    </message>
    <message>
        <location line="-366"/>
        <location line="+28"/>
        <source>Date de naissance</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INE</source>
        <translation>INE</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+31"/>
        <source>A quitté la classe</source>
        <translation>Left the class</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Parcours de l&apos;année : les observations de chaque item</source>
        <translation>The year&apos;s progress: each item&apos;s observations</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Parcours de l&apos;année, item par item</source>
        <translation>The year&apos;s progress, item by item</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fluence (mots correctement lus par minute)</source>
        <translation>Reading fluency (words correct per minute)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Appréciations</source>
        <translation>Report comments</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Elles se rédigent dans « Bilans de période ».</source>
        <translation>They are written in “Period reports”.</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>Nouvel élève</source>
        <translation>New pupil</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> — a quitté la classe</source>
        <translation> — has left the class</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{0} : {1} MCLM</source>
        <translation>{0}: {1} WCPM</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>texte préparé</source>
        <translation>practised text</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Aucune appréciation pour l&apos;instant.</source>
        <translation>No report comments yet.</translation>
    </message>
</context>
<context>
    <name>PupilTimelineTableModel</name>
    <message>
        <location filename="../../ui/pupil_models.py" line="+75"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observations, de la plus ancienne à la plus récente</source>
        <translation>Observations, from oldest to newest</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Activité : {0}</source>
        <translation>Activity: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commentaire : {0}</source>
        <translation>Comment: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Par {0}</source>
        <translation>By {0}</translation>
    </message>
</context>
<context>
    <name>PupilsPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="+32"/>
        <source>Vos élèves</source>
        <translation>Your pupils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le nom, le prénom et le niveau de chaque élève ; Tab passe à la case suivante.</source>
        <translation>Each pupil&apos;s surname, first name and year group; Tab moves to the next cell.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vous pouvez aussi importer la liste depuis ONDE ou un tableur ; les fiches se complètent ensuite dans la page «&#xa0;Élèves&#xa0;».</source>
        <translation>You can also import the list from ONDE or a spreadsheet; the records are then completed on the “Pupils” page.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vos élèves : nom, prénom et niveau</source>
        <translation>Your pupils: surname, first name and year group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nom</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+105"/>
        <source>Niveau</source>
        <translation>Year group</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Retirer la ligne</source>
        <translation>Remove the row</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importer une liste (ONDE, tableur)…</source>
        <translation>Import a list (ONDE, spreadsheet)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changer l&apos;emplacement…</source>
        <translation>Change the location…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Le carnet sera enregistré ici : {path}</source>
        <translation>The record book will be saved here: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enregistrer le carnet</source>
        <translation>Save the record book</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carnets Progression (*.carnet)</source>
        <translation>Progression record books (*.carnet)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Liste choisie : « {name} ». Dès que le carnet sera créé, vous verrez ce qui sera importé, avant que rien ne soit enregistré.</source>
        <translation>List chosen: “{name}”. As soon as the record book is created, you will see what will be imported, before anything is saved.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Ligne {rows} : il manque le nom ou le prénom. Complétez-la ou retirez-la.</source>
        <translation>Row {rows}: the surname or first name is missing. Complete the row or remove it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Le fichier « {name} » existe déjà : changez l&apos;emplacement.</source>
        <translation>The file “{name}” already exists: change the location.</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <location filename="../../ui/carnet_dialogs.py" line="+161"/>
        <source>Sa fiche, ses observations, ses mesures de fluence, ses appréciations et vos décisions le concernant sont effacées du carnet, sans retour possible : « Annuler » ne pourra pas les faire revenir, et l&apos;historique des annulations est vidé. Pour un élève qui a seulement quitté la classe, indiquez plutôt sa date de départ dans sa fiche.</source>
        <translation>The pupil&apos;s record, observations, reading fluency tests, report comments and your decisions about them are erased from the record book for good: “Undo” cannot bring them back, and the undo history is cleared. For a pupil who has only left the class, enter the leaving date in their record instead.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Effacer définitivement un élève</source>
        <translation>Erase a pupil for good</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Élève à effacer</source>
        <translation>Pupil to erase</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Élève :</source>
        <translation>&amp;Pupil:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>L&apos;effacer aussi des sauvegardes automatiques de cet ordinateur</source>
        <translation>Also erase the pupil from this computer&apos;s automatic backups</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sans cette case, les sauvegardes faites avant l&apos;effacement le contiennent encore jusqu&apos;à ce qu&apos;elles soient supprimées (au plus tard dans un an environ). Les copies que vous avez faites vous-même (« Sauvegarder une copie », clé USB) ne sont jamais touchées.</source>
        <translation>Without this box, backups made before the erasure still contain the pupil until they are deleted (within about a year at most). Copies you made yourself (“Save a copy”, USB key) are never touched.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Continuer…</source>
        <translation>Continue…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>du carnet et des sauvegardes automatiques</source>
        <translation>from the record book and the automatic backups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>du carnet</source>
        <translation>from the record book</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Effacer définitivement {name} ?</source>
        <translation>Erase {name} for good?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toutes les données de {name} seront effacées {where}. Cette action ne peut pas être annulée.</source>
        <translation>All of {name}&apos;s data will be erased {where}. This cannot be undone.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Effacer définitivement</source>
        <translation>Erase for good</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Archiver la classe puis effacer les élèves ?</source>
        <translation>Archive the class, then erase the pupils?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Une copie vérifiée du carnet ({pupils} élèves, {observations} observations) sera enregistrée dans « {folder} ». Ensuite, tous les élèves seront effacés de ce carnet et ses sauvegardes automatiques supprimées : l&apos;archive sera la seule copie de leurs données. Rangez-la là où votre école le demande et gardez-la le temps prévu, pas plus.

La classe, les périodes, l&apos;échelle et vos réglages restent dans le carnet. Cette action ne peut pas être annulée.</source>
        <translation>A verified copy of the record book ({pupils} pupils, {observations} observations) will be saved in “{folder}”. Then all pupils will be erased from this record book and its automatic backups deleted: the archive will be the only copy of their data. Store it where your school asks and keep it for the required time, no longer.

The class, the periods, the scale and your settings stay in the record book. This cannot be undone.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Archiver et effacer</source>
        <translation>Archive and erase</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location line="-189"/>
        <source>Restaurer une sauvegarde</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Choisissez la sauvegarde à remettre en place. Le carnet actuel n&apos;est pas supprimé : il est mis de côté dans son dossier, sous le nom « {name}.replaced-… », avec ce qui a été saisi depuis la sauvegarde choisie.</source>
        <translation>Choose the backup to put back in place. The current record book is not deleted: it is set aside in its folder, under the name “{name}.replaced-…”, with what was entered since the chosen backup.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Élèves</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Occasion</source>
        <translation>Occasion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sauvegardes de ce carnet</source>
        <translation>Backups of this record book</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>illisible</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sauvegardes automatiques de cet ordinateur, dans « {folder} ».</source>
        <translation>This computer&apos;s automatic backups, in “{folder}”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restaurer cette sauvegarde</source>
        <translation>Restore this backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SavedMessage</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="+59"/>
        <location line="+6"/>
        <source>Document enregistré</source>
        <translation>Document saved</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Export terminé</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>« {name} »
dans le dossier « {folder} ».</source>
        <translation>“{name}”
in the folder “{folder}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} documents enregistrés</source>
        <translation>{n} documents saved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dans le dossier « {folder} ».</source>
        <translation>In the folder “{folder}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir le dossier</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ServerSync</name>
    <message>
        <location filename="../../ui/server_sync.py" line="+98"/>
        <source>rien à envoyer</source>
        <translation>nothing to send</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} modification(s) à envoyer</source>
        <translation>{n} change(s) to send</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synchronisé le {when} · {waiting}</source>
        <translation>Synced on {when} · {waiting}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Synchronisé : {sent} ligne(s) envoyée(s), {received} reçue(s).</source>
        <translation>Synced: {sent} row(s) sent, {received} received.</translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message>
        <location filename="../../ui/toolbar.py" line="+31"/>
        <source>Période et saisie</source>
        <translation>Period and recording</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Période affichée</source>
        <translation>Period shown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Période :</source>
        <translation>Pe&amp;riod:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date des observations</source>
        <translation>Date of the observations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date :</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Activité des observations</source>
        <translation>Activity of the observations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>facultative</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ctivité :</source>
        <translation>A&amp;ctivity:</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>du {first} au {last}</source>
        <translation>{first} to {last}</translation>
    </message>
</context>
<context>
    <name>StepPicker</name>
    <message>
        <location filename="../../ui/grid/picker.py" line="+72"/>
        <source>Effacer (Suppr)</source>
        <translation>Erase (Del)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Efface la marque affichée dans la case (Ctrl+Z pour revenir)</source>
        <translation>Erases the mark shown in the cell (Ctrl+Z to undo)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Touches 1 à {n} et 0 · Échap pour fermer</source>
        <translation>Keys 1 to {n} and 0 · Esc to close</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../ui/server_sync.py" line="-98"/>
        <source>Synchroniser avec le serveur de l&apos;école</source>
        <translation>Sync with the school server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ce que ce carnet a enregistré part vers le serveur ; ce que vos collègues ont enregistré pour cette classe arrive.</source>
        <translation>What this record book recorded goes to the server; what your colleagues recorded for this class comes back.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Adresse du serveur</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mot de passe (jamais enregistré)</source>
        <translation>Password (never saved)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synchroniser</source>
        <translation>Sync</translation>
    </message>
</context>
<context>
    <name>SynthesisPanel</name>
    <message>
        <location filename="../../ui/synthesis_panel.py" line="+67"/>
        <source>Dernière observation</source>
        <translation>Latest observation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moyenne</source>
        <translation>Average</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moyenne pondérée (1, 2, 3…)</source>
        <translation>Weighted average (1, 2, 3…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moyenne pondérée (1, 2, 4, 8…)</source>
        <translation>Weighted average (1, 2, 4, 8…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meilleures observations</source>
        <translation>Best observations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le plus fréquent (bas)</source>
        <translation>Most frequent (lower)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le plus fréquent (haut)</source>
        <translation>Most frequent (higher)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moyenne avec déclin (65 % sur la dernière)</source>
        <translation>Decaying average (65% on the latest)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>✎ décision de l&apos;enseignant</source>
        <translation>✎ teacher&apos;s decision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cliquez sur une case pour retenir un autre positionnement.</source>
        <translation>Click a cell to choose another assessment.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Positionnements de la période : élèves en lignes, compétences en colonnes</source>
        <translation>Assessments of the period: pupils in rows, competencies in columns</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+231"/>
        <source>Appréciation</source>
        <translation>Report comment</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>Choisissez un élève dans le tableau.</source>
        <translation>Choose a pupil in the table.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+29"/>
        <source>Règle de calcul</source>
        <translation>Calculation rule</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>toutes</source>
        <translation>all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> dernières</source>
        <translation> latest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne compter que les N dernières observations de chaque item (0 = toutes).</source>
        <translation>Only count the latest N observations of each item (0 = all).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pour « Meilleures observations » : combien en garder.</source>
        <translation>For “Best observations”: how many to keep.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observations comptées par item</source>
        <translation>Observations counted per item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meilleures observations gardées</source>
        <translation>Best observations kept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compter aussi les périodes précédentes</source>
        <translation>Also count earlier periods</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appliquer</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réglage actuel</source>
        <translation>Current setting</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meilleures</source>
        <translation>Best</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>Revenir au calcul</source>
        <translation>Back to the calculation</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Appréciation de {0} — {1}</source>
        <translation>Report comment for {0} — {1}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0} caractères</source>
        <translation>{0} characters</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — en cours…</source>
        <translation> — typing…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source> — enregistrée</source>
        <translation> — saved</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; — règle de calcul : {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; — calculation rule: {1}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Meilleure observation</source>
        <translation>Best observation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moyenne des {0} meilleures observations</source>
        <translation>Average of the {0} best observations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moyenne avec déclin ({0} % sur la dernière)</source>
        <translation>Decaying average ({0}% on the latest)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, sur la dernière observation</source>
        <translation>, on the latest observation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, sur les {0} dernières observations</source>
        <translation>, on the latest {0} observations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, périodes précédentes comprises</source>
        <translation>, earlier periods included</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>C&apos;est le réglage actuel du carnet.</source>
        <translation>This is the record book&apos;s current setting.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Avec ce réglage : aucun positionnement ne change.</source>
        <translation>With this setting: no assessment changes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avec ce réglage : {0} positionnements changent ({1} montent, {2} descendent)</source>
        <translation>With this setting: {0} assessments change ({1} up, {2} down)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, {0} nouveaux</source>
        <translation>, {0} new</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}, toute la classe : objectifs, compétences et domaine. Les décisions de l&apos;enseignant ne changent pas.</source>
        <translation>{0}, the whole class: objectives, competencies and domain. The teacher&apos;s decisions do not change.</translation>
    </message>
</context>
<context>
    <name>SynthesisTableModel</name>
    <message>
        <location filename="../../ui/synthesis_model.py" line="+131"/>
        <source>Élève</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Domaine</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Pas d&apos;observation qui compte sur cette période.</source>
        <translation>No observation that counts in this period.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calculé : {0} (score {1} sur 100, {2} observation(s))</source>
        <translation>Calculated: {0} (score {1} out of 100, {2} observation(s))</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✎ décision de l&apos;enseignant : {0}</source>
        <translation>✎ teacher&apos;s decision: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cliquez pour retenir un autre positionnement.</source>
        <translation>Click to choose another assessment.</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../ui/tasks.py" line="+43"/>
        <source>Le fichier n&apos;a pas pu être lu ou écrit : {reason}.</source>
        <translation>The file could not be read or written: {reason}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Une erreur inattendue a interrompu l&apos;opération : {error}</source>
        <translation>An unexpected error stopped the operation: {error}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Progression</source>
        <translation>Progression</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/welcome.py" line="+38"/>
        <source>Bienvenue dans Progression</source>
        <translation>Welcome to Progression</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Suivez les progrès en lecture de vos élèves, période après période. Tout reste sur cet ordinateur, dans un seul fichier : le carnet de suivi de votre classe.</source>
        <translation>Follow your pupils&apos; progress in reading, period after period. Everything stays on this computer, in a single file: your class&apos;s record book.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Créer ma classe</source>
        <translation>Create my class</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quelques questions (école, niveaux, périodes), puis la liste de vos élèves.</source>
        <translation>A few questions (school, year groups, periods), then the list of your pupils.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Découvrir avec la classe de démonstration</source>
        <translation>Explore with the demo class</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Une classe de CE1-CE2 imaginaire avec une année d&apos;observations, pour essayer sans risque.</source>
        <translation>An imaginary CE1-CE2 class with a year of observations, to try things out safely.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ouvrir un carnet existant…</source>
        <translation>Open an existing record book…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Carnets récents</source>
        <translation>Recent record books</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/workspace.py" line="+46"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Cette page n&apos;a pas pu s&apos;afficher.</source>
        <translation>This page could not be shown.</translation>
    </message>
</context>
</TS>
