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
        <location line="+3"/>
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
        <location line="+3"/>
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
        <location line="+4"/>
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
        <location line="+1"/>
        <source>Progression du code par défaut</source>
        <translation>Default phonics progression</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n relevés du code</source>
        <translation>
            <numerusform>%n phonics mark</numerusform>
            <numerusform>%n phonics marks</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relevé du code</source>
        <translation>Phonics mark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effacement de relevés du code</source>
        <translation>Erasing phonics marks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrait de correspondances du code</source>
        <translation>Removing correspondences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correspondance du code</source>
        <translation>Correspondence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordre de la progression du code</source>
        <translation>Order of the phonics progression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correspondances enseignées</source>
        <translation>Correspondences taught</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import de l&apos;ordre de l&apos;école</source>
        <translation>Import of the school&apos;s order</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+11"/>
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
    <message numerus="yes">
        <location line="-98"/>
        <source>Correction de %n observations</source>
        <translation>
            <numerusform>Correction of %n observation</numerusform>
            <numerusform>Correction of %n observations</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Correction : {action}</source>
        <translation>Correction: {action}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Correction : « {step} » remplace la marque de cette séance pour {who}</source>
        <translation>Correction: “{step}” replaces this session’s mark for {who}</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Ajout d&apos;un élément du référentiel</source>
        <translation>Adding a framework entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suppression d&apos;éléments du référentiel</source>
        <translation>Deleting framework entries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Éléments du référentiel masqués ou affichés</source>
        <translation>Framework entries hidden or shown</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Grille de lecture</source>
        <translation>Reading grid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effacement d&apos;une grille de lecture</source>
        <translation>Deletion of a reading grid</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Groupes de besoin gardés</source>
        <translation>Need groups kept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groupes de besoin abandonnés</source>
        <translation>Need groups dropped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Élève changé de groupe</source>
        <translation>Pupil moved to another group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ajout d&apos;une œuvre à la liste de lecture</source>
        <translation>Adding a book to the reading list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction d&apos;une œuvre</source>
        <translation>Correcting a book</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrait d&apos;une œuvre de la liste de lecture</source>
        <translation>Removing a book from the reading list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retour d&apos;une œuvre dans la liste de lecture</source>
        <translation>Bringing a book back to the reading list</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Œuvre lue par %n élèves</source>
        <translation>
            <numerusform>Book read by %n pupil</numerusform>
            <numerusform>Book read by %n pupils</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Œuvre lue par un élève</source>
        <translation>Book read by one pupil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modification d&apos;une lecture</source>
        <translation>Changing a reading</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrait d&apos;une lecture</source>
        <translation>Removing a reading</translation>
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
        <location filename="../../ui/carnet_dialogs.py" line="+215"/>
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
        <location filename="../../ui/carnet_care.py" line="+52"/>
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
        <location filename="../../ui/session.py" line="+176"/>
        <source>Le carnet « {name} » n&apos;a pas pu être ouvert : {error}</source>
        <translation>The record book “{name}” could not be opened: {error}</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Aucune sauvegarde vérifiée de ce carnet n&apos;a été trouvée sur cet ordinateur ; le fichier n&apos;a pas été modifié.</source>
        <translation>No verified backup of this record book was found on this computer; the file has not been changed.</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+155"/>
        <source>Préparation de la classe de démonstration…</source>
        <translation>Preparing the demo class…</translation>
    </message>
</context>
<context>
    <name>ClassDialog</name>
    <message>
        <location filename="../../ui/class_dialog.py" line="+49"/>
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
        <location filename="../../ui/charts.py" line="+359"/>
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
        <location line="+42"/>
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
        <location line="-77"/>
        <source>{pupils} élèves : {above} au niveau du repère estimé ou au-dessus, {near} proches, {below} en dessous, {missing} sans mesure</source>
        <translation>{pupils} pupils: {above} at or above the estimated benchmark, {near} close, {below} below, {missing} not measured</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>repère estimé (non officiel) à la date de la mesure ; seuls les objectifs de fin d&apos;année sont officiels</source>
        <translation>estimated benchmark (unofficial) on the day of the reading; only end-of-year targets are official</translation>
    </message>
</context>
<context>
    <name>ClassPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="+99"/>
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
    <name>CodeModel</name>
    <message>
        <location filename="../../ui/code_model.py" line="+75"/>
        <source>{pupil} — {unit} : pas encore de relevé</source>
        <translation>{pupil} — {unit}: not marked yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{pupil} — {unit} : {step}, le {day}</source>
        <translation>{pupil} — {unit}: {step}, on {day}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} ({grade}) — sues : {n}</source>
        <translation>{name} ({grade}) — known: {n}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enseigné le {day}</source>
        <translation>Taught on {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pas encore enseigné</source>
        <translation>Not taught yet</translation>
    </message>
</context>
<context>
    <name>CodePanel</name>
    <message>
        <location filename="../../ui/code_panel.py" line="+90"/>
        <source>Élèves montrés</source>
        <translation>Pupils shown</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>Date du relevé</source>
        <translation>Date of the marks</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Enseigné cette semaine</source>
        <translation>Taught this week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marque les colonnes choisies comme enseignées à la classe à la date du relevé (Ctrl+T) ; sur des colonnes déjà enseignées, retire la marque.</source>
        <translation>Marks the chosen columns as taught to the class on the date of the marks (Ctrl+T); on columns already taught, removes the mark.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Élèves</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Grille du code : une ligne par élève, une colonne par correspondance</source>
        <translation>Phonics grid: one row per pupil, one column per correspondence</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Progression du code</source>
        <translation>Phonics progression</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+31"/>
        <source>Importer l&apos;ordre de l&apos;école…</source>
        <translation>Import the school&apos;s order…</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Cette classe n&apos;a pas encore de progression du code. Prenez celle de Progression (un ordre courant des méthodes de CP, à modifier ensuite), ou importez l&apos;ordre de votre école : un tableau avec les colonnes graphème, phonème, exemple, une ligne par correspondance dans l&apos;ordre enseigné.</source>
        <translation>This class has no phonics progression yet. Take Progression&apos;s (an order common to CP reading methods, to adjust afterwards), or import your school&apos;s order: a table with the columns grapheme, phoneme, example, one row per correspondence in the order taught.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Modifier la progression</source>
        <translation>Edit the progression</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>graphème (ou, ch…)</source>
        <translation>grapheme (ou, ch…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>phonème ([u], [ʃ]…)</source>
        <translation>phoneme ([u], [ʃ]…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exemple (loup)</source>
        <translation>example (loup)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Graphème</source>
        <translation>Grapheme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phonème</source>
        <translation>Phoneme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exemple</source>
        <translation>Example</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ajouter à la fin</source>
        <translation>Add at the end</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modifier la colonne choisie</source>
        <translation>Change the chosen column</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>◀ Plus tôt</source>
        <translation>◀ Earlier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plus tard ▶</source>
        <translation>Later ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avance la colonne choisie d&apos;un rang dans la progression</source>
        <translation>Moves the chosen column one place earlier in the progression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recule la colonne choisie d&apos;un rang dans la progression</source>
        <translation>Moves the chosen column one place later in the progression</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remplace l&apos;ordre par celui d&apos;un tableau (graphème, phonème, exemple) ; les relevés des correspondances qui y figurent sont gardés.</source>
        <translation>Replaces the order with a table&apos;s (grapheme, phoneme, example); the marks of the correspondences it lists are kept.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lien avec le programme : </source>
        <translation>Link with the curriculum: </translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Ordre des correspondances de l&apos;école</source>
        <translation>The school&apos;s order of correspondences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tableaux (*.csv *.xlsx *.ods);;Tous les fichiers (*)</source>
        <translation>Tables (*.csv *.xlsx *.ods);;All files (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ordre de l&apos;école importé : {n} correspondances (Ctrl+Z pour revenir)</source>
        <translation>School&apos;s order imported: {n} correspondences (Ctrl+Z to go back)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{n} élèves</source>
        <translation>{n} pupils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>« {step} » enregistré pour {who}</source>
        <translation>“{step}” recorded for {who}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Relevé effacé (Ctrl+Z pour revenir)</source>
        <translation>Mark erased (Ctrl+Z to go back)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choisissez d&apos;abord une colonne : cliquez sur le titre d&apos;une correspondance.</source>
        <translation>Choose a column first: click the title of a correspondence.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enseigné à la classe le {day} : {names}</source>
        <translation>Taught to the class on {day}: {names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plus marqué comme enseigné : {names}</source>
        <translation>No longer marked as taught: {names}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choisissez une seule colonne à modifier.</source>
        <translation>Choose a single column to change.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Tous les niveaux</source>
        <translation>All year groups</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Prendre la progression par défaut ({n} correspondances)</source>
        <translation>Take the default progression ({n} correspondences)</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../ui/carnet_dialogs.py" line="+500"/>
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
        <location filename="../../ui/framework_panel.py" line="+75"/>
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
    <message>
        <location line="-27"/>
        <source>Nouvel élément du référentiel</source>
        <translation>New framework entry</translation>
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
        <location filename="../../ui/grid/entry_panel.py" line="+53"/>
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
        <location line="+18"/>
        <source>Aucun élève dans cette liste. Ajoutez vos élèves dans la page «&#xa0;Élèves&#xa0;».</source>
        <translation>No pupils in this list. Add your pupils on the “Pupils” page.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Tous les niveaux</source>
        <translation>All year groups</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tous les groupes</source>
        <translation>All groups</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Toutes les compétences</source>
        <translation>All competencies</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Suppr : effacer · Entrée ou clic : choisir · Ctrl+Z : annuler</source>
        <translation>Del: erase · Enter or click: choose · Ctrl+Z: undo</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Rien à effacer dans cette case pour la période affichée.</source>
        <translation>Nothing to erase in this cell for the period shown.</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+55"/>
        <source>F6 : niveau suivant</source>
        <translation>F6: next year group</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Élèves de {grade} et leurs objectifs</source>
        <translation>{grade} pupils and their objectives</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Besoin : {group}</source>
        <translation>Need: {group}</translation>
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
        <location filename="../../ui/runner.py" line="+120"/>
        <source>Progression</source>
        <translation>Progression</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../progression/wording/general.py" line="+6"/>
        <source>{first} et {last}</source>
        <translation>{first} and {last}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>le fichier « {name} »</source>
        <translation>the file “{name}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>la feuille « {sheet} » du classeur « {name} »</source>
        <translation>the sheet “{sheet}” of the workbook “{name}”</translation>
    </message>
    <message>
        <location filename="../../progression/wording/merge.py" line="+7"/>
        <source>Ce carnet est ouvert en lecture seule : impossible d&apos;y fusionner une copie.</source>
        <translation>This record book is open read-only: a copy cannot be merged into it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choisissez une copie du carnet, pas le carnet ouvert lui-même.</source>
        <translation>Choose a copy of the record book, not the open record book itself.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La copie n&apos;a pas été fusionnée : une de ses lignes renvoie à une donnée absente des deux carnets ({detail}) ; rien n&apos;a été écrit dans ce carnet.</source>
        <translation>The copy was not merged: one of its rows refers to data missing from both record books ({detail}); nothing was written to this record book.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La copie n&apos;a pas été fusionnée : avec ses réglages, {problem} ; rien n&apos;a été écrit dans ce carnet.</source>
        <translation>The copy was not merged: with its settings, {problem}; nothing was written to this record book.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La copie n&apos;a pas été fusionnée : dans {table_words} (table « {table} »), la ligne d&apos;identifiant {row} est notée avec une autre échelle que « {scale} », celle que le carnet aurait ; rien n&apos;a été écrit dans ce carnet.</source>
        <translation>The copy was not merged: in {table_words} (table “{table}”), the row with identifier {row} is marked on a scale other than “{scale}”, the one the record book would have; nothing was written to this record book.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>La copie « {name} » n&apos;a pas été fusionnée : {what} ; rien n&apos;a été écrit dans ce carnet.</source>
        <translation>The copy “{name}” was not merged: {what}; nothing was written to this record book.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La copie « {name} » est introuvable : vérifiez son nom et son dossier.</source>
        <translation>The copy “{name}” cannot be found: check its name and its folder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>« {name} » est un dossier : choisissez le fichier de la copie du carnet.</source>
        <translation>“{name}” is a folder: choose the file of the record book&apos;s copy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impossible de lire la copie « {name} » : {reason}.</source>
        <translation>The copy “{name}” cannot be read: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>« {name} » n&apos;est pas un carnet Progression (ce n&apos;est pas une base SQLite).</source>
        <translation>“{name}” is not a Progression record book (it is not an SQLite database).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>« {name} » est une base SQLite, mais pas un carnet Progression.</source>
        <translation>“{name}” is an SQLite database, but not a Progression record book.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>« {name} » a été écrit par une version plus ancienne de Progression : ouvrez-le une fois avec celle-ci (il sera mis à jour), fermez-le, puis fusionnez.</source>
        <translation>“{name}” was written by an older version of Progression: open it once with this one (it will be updated), close it, then merge.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>« {name} » a été écrit par une version plus récente de Progression (schéma {revision}) : installez la dernière version, puis fusionnez.</source>
        <translation>“{name}” was written by a newer version of Progression (schema {revision}): install the latest version, then merge.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La copie « {name} » est occupée par un autre programme en ce moment (elle n&apos;est pas endommagée) : fermez ce programme ou attendez qu&apos;il ait fini, puis fusionnez ; rien n&apos;a été écrit.</source>
        <translation>The copy “{name}” is being used by another program right now (it is not damaged): close that program or wait until it has finished, then merge; nothing was written.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La copie « {name} » n&apos;a pas été fermée proprement (un journal l&apos;accompagne) et ne peut pas être lue ici : ouvrez-la une fois avec Progression là où elle est, fermez-la, puis fusionnez ; rien n&apos;a été écrit.</source>
        <translation>The copy “{name}” was not closed properly (a journal comes with it) and cannot be read here: open it once with Progression where it is, close it, then merge; nothing was written.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pas assez de place dans le dossier temporaire pour lire la copie « {name} » : libérez de la place puis recommencez ; rien n&apos;a été écrit.</source>
        <translation>Not enough room in the temporary folder to read the copy “{name}”: free some space, then try again; nothing was written.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La copie « {name} » ne se lit pas ({detail}) : elle est endommagée ; rien n&apos;a été écrit.</source>
        <translation>The copy “{name}” cannot be read ({detail}): it is damaged; nothing was written.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>« {name} » n&apos;est pas une copie de ce carnet : seules les copies d&apos;un même carnet se fusionnent (deux carnets créés séparément ne savent pas que leurs élèves sont les mêmes).</source>
        <translation>“{name}” is not a copy of this record book: only copies of one record book can be merged (two record books created separately do not know that their pupils are the same).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La copie « {name} » est endommagée (contrôle d&apos;intégrité en échec) : elle ne peut pas être fusionnée ; rien n&apos;a été écrit dans ce carnet.</source>
        <translation>The copy “{name}” is damaged (integrity check failed): it cannot be merged; nothing was written to this record book.</translation>
    </message>
    <message>
        <location filename="../../progression/wording/storage.py" line="+6"/>
        <source>Le carnet « {name} » est utilisé en ce moment par un autre programme (sauvegarde, synchronisation, antivirus…) : il n&apos;est pas endommagé et rien n&apos;y a été modifié ; réessayez dans un instant, ou fermez cet autre programme.</source>
        <translation>The record book “{name}” is being used by another program right now (backup, sync, antivirus…): it is not damaged and nothing in it was changed; try again in a moment, or close that other program.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le disque est plein : la dernière action sur « {name} » n&apos;a pas été enregistrée (rien n&apos;a été écrit à moitié) ; libérez de la place puis recommencez.</source>
        <translation>The disk is full: the last action on “{name}” was not saved (nothing was half-written); free some space, then try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le carnet « {name} » ne peut pas être modifié (fichier, dossier ou clé protégés en écriture) : la dernière action n&apos;a pas été enregistrée ; copiez le carnet dans vos Documents pour travailler.</source>
        <translation>The record book “{name}” cannot be changed (file, folder or USB key write-protected): the last action was not saved; copy the record book into your Documents to work on it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erreur d&apos;écriture sur le disque pour « {name} » : la dernière action n&apos;a pas été enregistrée (rien n&apos;a été écrit à moitié) ; vérifiez la clé USB ou la place libre, puis recommencez.</source>
        <translation>Disk write error for “{name}”: the last action was not saved (nothing was half-written); check the USB key or the free space, then try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le carnet « {name} » est occupé par un autre programme : la dernière action n&apos;a pas été enregistrée ; réessayez dans un instant.</source>
        <translation>The record book “{name}” is busy with another program: the last action was not saved; try again in a moment.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le carnet « {name} » est endommagé (lecture impossible) : fermez-le et restaurez la dernière sauvegarde vérifiée.</source>
        <translation>The record book “{name}” is damaged (it cannot be read): close it and restore the latest verified backup.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le carnet « {name} » n&apos;est plus accessible (clé USB retirée, partage déconnecté ?) : rebranchez-le puis rouvrez-le.</source>
        <translation>The record book “{name}” can no longer be reached (USB key removed, network share disconnected?): plug it back in, then open it again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le carnet « {name} » est endommagé (texte illisible) : fermez-le et restaurez la dernière sauvegarde vérifiée.</source>
        <translation>The record book “{name}” is damaged (unreadable text): close it and restore the latest verified backup.</translation>
    </message>
    <message>
        <location filename="../../progression/wording/carnet.py" line="+7"/>
        <source>Le fichier « {path} » n&apos;existe pas. Vérifiez le chemin ou créez un carnet.</source>
        <translation>The file “{path}” does not exist. Check the path or create a record book.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>« {path} » est un dossier, pas un carnet.</source>
        <translation>“{path}” is a folder, not a record book.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impossible de lire « {name} » : {reason}.</source>
        <translation>“{name}” cannot be read: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le fichier « {name} » est vide : ce n&apos;est pas un carnet Progression.</source>
        <translation>The file “{name}” is empty: it is not a Progression record book.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le fichier « {name} » n&apos;est pas un carnet Progression (ce n&apos;est pas une base SQLite).</source>
        <translation>The file “{name}” is not a Progression record book (it is not an SQLite database).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le fichier « {name} » est une base SQLite, mais pas un carnet Progression.</source>
        <translation>The file “{name}” is an SQLite database, but not a Progression record book.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le carnet « {name} » n&apos;a pas été fermé proprement et il est sur un support en lecture seule : copiez-le dans vos Documents avec le fichier « {name}-wal » posé à côté, puis ouvrez la copie.</source>
        <translation>The record book “{name}” was not closed properly and it is on a read-only medium: copy it into your Documents together with the file “{name}-wal” beside it, then open the copy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le carnet « {name} » n&apos;a pas été fermé proprement (une action était en cours d&apos;écriture) et il est sur un support en lecture seule, où Progression ne peut pas annuler cette action inachevée. Il n&apos;est pas endommagé : rendez la clé ou le dossier accessible en écriture, ou copiez dans vos Documents le carnet avec le fichier « {name}-journal » posé à côté, puis ouvrez la copie.</source>
        <translation>The record book “{name}” was not closed properly (an action was being written) and it is on a read-only medium, where Progression cannot undo that unfinished action. It is not damaged: make the USB key or the folder writable, or copy the record book into your Documents together with the file “{name}-journal” beside it, then open the copy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Le carnet « {name} » n&apos;a pas été fermé proprement (une action était en cours d&apos;écriture) : il sera remis en ordre à sa prochaine ouverture dans Progression, dès qu&apos;il n&apos;est plus ouvert ailleurs. Il n&apos;est pas endommagé ; ouvrez-le (ou lancez « progression check »), puis recommencez.</source>
        <translation>The record book “{name}” was not closed properly (an action was being written): it will be put right the next time Progression opens it, once it is no longer open elsewhere. It is not damaged; open it (or run “progression check”), then try again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Impossible d&apos;ouvrir « {name} » : le fichier ou son dossier n&apos;est pas accessible ; vérifiez les droits ou rebranchez la clé.</source>
        <translation>“{name}” cannot be opened: the file or its folder cannot be reached; check the permissions or plug the USB key back in.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le carnet « {name} » a été écrit par une version plus récente de Progression (schéma {revision}). Installez la dernière version pour l&apos;ouvrir.</source>
        <translation>The record book “{name}” was written by a newer version of Progression (schema {revision}). Install the latest version to open it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{problem} : restaurez la dernière sauvegarde vérifiée.</source>
        <translation>{problem}: restore the latest verified backup.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le carnet « {name} » est endommagé (ses index ne correspondent plus à ses données)</source>
        <translation>The record book “{name}” is damaged (its indexes no longer match its data)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le carnet « {name} » est endommagé (contrôle d&apos;intégrité en échec)</source>
        <translation>The record book “{name}” is damaged (integrity check failed)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le carnet « {name} » est endommagé ou illisible ({detail})</source>
        <translation>The record book “{name}” is damaged or unreadable ({detail})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le carnet « {name} » porte une version de schéma qu&apos;aucune version de Progression n&apos;a écrite (« {revision} »)</source>
        <translation>The record book “{name}” bears a schema version that no version of Progression ever wrote (“{revision}”)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le carnet « {name} » est endommagé (ni le fichier seul, ni avec le fichier « {journal} » posé à côté, ne passe le contrôle d&apos;intégrité)</source>
        <translation>The record book “{name}” is damaged (neither the file alone nor with the file “{journal}” beside it passes the integrity check)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{problem} ; aucune sauvegarde vérifiée de ce carnet n&apos;a été trouvée.</source>
        <translation>{problem}; no verified backup of this record book was found.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{problem} ; la sauvegarde vérifiée la plus récente date du {backup_made} : « progression restore {path} --backup {backup} » la remet en place.</source>
        <translation>{problem}; the most recent verified backup is from {backup_made}: “progression restore {path} --backup {backup}” puts it back.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Un fichier « {journal} » trouvé à côté du carnet n&apos;était pas le sien : il n&apos;a pas été appliqué et il est gardé sous « {kept} » ; votre carnet n&apos;a pas été modifié.</source>
        <translation>A file “{journal}” found beside the record book was not its own: it was not applied and is kept as “{kept}”; your record book was not changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le carnet « {name} » a été remplacé sur le disque par un autre programme pendant qu&apos;il était ouvert (synchronisation, copie…) : Progression n&apos;y écrit plus, la dernière action n&apos;a pas été enregistrée. Fermez ce carnet puis rouvrez-le.</source>
        <translation>The record book “{name}” was replaced on the disk by another program while it was open (sync, copy…): Progression no longer writes to it, and the last action was not saved. Close this record book, then open it again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le carnet « {name} » a été remplacé sur le disque par un autre programme pendant qu&apos;il était ouvert (synchronisation, copie…) : Progression n&apos;y écrit plus, la dernière action n&apos;a pas été enregistrée. Le carnet tel que vous l&apos;aviez ouvert, avec ce que vous y avez saisi, est conservé à côté sous « {kept} » : ouvrez-le, ou fusionnez-le dans le carnet (Fichier › Fusionner une copie du carnet…). Fermez ce carnet puis rouvrez-le.</source>
        <translation>The record book “{name}” was replaced on the disk by another program while it was open (sync, copy…): Progression no longer writes to it, and the last action was not saved. The record book as you had opened it, with what you entered, is kept beside it as “{kept}”: open it, or merge it into the record book (File › Merge a copy of the carnet…). Close this record book, then open it again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Le carnet « {name} » a été remplacé sur le disque par un autre programme pendant qu&apos;il était ouvert (synchronisation, copie…) : Progression ne l&apos;a pas modifié.</source>
        <translation>The record book “{name}” was replaced on the disk by another program while it was open (sync, copy…): Progression did not change it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le carnet « {name} » a été remplacé sur le disque par un autre programme pendant qu&apos;il était ouvert (synchronisation, copie…) : Progression ne l&apos;a pas modifié. Le carnet tel que vous l&apos;aviez ouvert, avec ce que vous y avez saisi, est conservé à côté sous « {kept} » : ouvrez-le, ou fusionnez-le dans le carnet (Fichier › Fusionner une copie du carnet…).</source>
        <translation>The record book “{name}” was replaced on the disk by another program while it was open (sync, copy…): Progression did not change it. The record book as you had opened it, with what you entered, is kept beside it as “{kept}”: open it, or merge it into the record book (File › Merge a copy of the carnet…).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Le carnet « {name} » a été remplacé sur le disque par un autre programme pendant qu&apos;il était ouvert : Progression n&apos;y écrit plus ; fermez ce carnet puis rouvrez-le.</source>
        <translation>The record book “{name}” was replaced on the disk by another program while it was open: Progression no longer writes to it; close this record book, then open it again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le carnet « {name} » doit être mis à jour mais il est en lecture seule : copiez-le dans vos Documents puis rouvrez-le.</source>
        <translation>The record book “{name}” needs to be updated but it is read-only: copy it into your Documents, then open it again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le fichier « {path} » existe déjà : choisissez un autre nom.</source>
        <translation>The file “{path}” already exists: choose another name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le dossier « {parent} » n&apos;existe pas.</source>
        <translation>The folder “{parent}” does not exist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ce carnet est ouvert en lecture seule : aucune modification n&apos;est possible.</source>
        <translation>This record book is open read-only: nothing can be changed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impossible de mettre « {name} » de côté dans « {parent} » : {reason} ; vérifiez que le dossier est accessible en écriture.</source>
        <translation>“{name}” could not be set aside in “{parent}”: {reason}; check that the folder can be written to.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Impossible de garder une copie de « {name} » dans « {parent} » : {reason}.</source>
        <translation>A copy of “{name}” could not be kept in “{parent}”: {reason}.</translation>
    </message>
    <message>
        <location filename="../../progression/wording/place.py" line="+6"/>
        <source>Le carnet « {name} » est sur un partage réseau : Progression l&apos;enregistre prudemment et refuse une double ouverture, mais il est plus sûr de le copier dans vos Documents pour travailler.</source>
        <translation>The record book “{name}” is on a network share: Progression saves it carefully and refuses to open it twice, but it is safer to copy it into your Documents to work on it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le carnet « {name} » est dans un dossier synchronisé par {service} : ne l&apos;ouvrez jamais sur deux ordinateurs à la fois et laissez la synchronisation finir avant de l&apos;ouvrir ailleurs.</source>
        <translation>The record book “{name}” is in a folder synced by {service}: never open it on two computers at once, and let the sync finish before opening it elsewhere.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le carnet « {name} » est dans un dossier synchronisé par un service en ligne : ne l&apos;ouvrez jamais sur deux ordinateurs à la fois et laissez la synchronisation finir avant de l&apos;ouvrir ailleurs.</source>
        <translation>The record book “{name}” is in a folder synced by an online service: never open it on two computers at once, and let the sync finish before opening it elsewhere.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le carnet « {name} » est sur une clé USB ou un disque amovible : fermez le carnet avant de retirer la clé (une copie de sauvegarde est faite sur cet ordinateur à chaque fermeture).</source>
        <translation>The record book “{name}” is on a USB key or removable disk: close the record book before removing the key (a backup copy is made on this computer each time it is closed).</translation>
    </message>
    <message>
        <location filename="../../progression/wording/backup.py" line="+6"/>
        <source>Le dossier de sauvegarde « {folder} » n&apos;existe pas.</source>
        <translation>The backup folder “{folder}” does not exist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La sauvegarde de « {name} » n&apos;a pas passé le contrôle d&apos;intégrité : le carnet est peut-être endommagé, lancez « progression check ».</source>
        <translation>The backup of “{name}” failed the integrity check: the record book may be damaged; run “progression check”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sauvegarde impossible dans « {folder} » : le disque est plein ou refuse l&apos;écriture ; libérez de la place ou vérifiez les droits de ce dossier, puis recommencez.</source>
        <translation>Backup impossible in “{folder}”: the disk is full or refuses writing; free some space or check the permissions of this folder, then try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sauvegarde impossible de « {name} » : le carnet n&apos;a pas pu être lu ({detail}).</source>
        <translation>Backup of “{name}” impossible: the record book could not be read ({detail}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sauvegarde impossible dans « {folder} » : {reason} ; vérifiez la place libre et les droits d&apos;écriture.</source>
        <translation>Backup impossible in “{folder}”: {reason}; check the free space and the write permissions.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sauvegardes automatiques impossibles : « {where} » est un fichier, pas un dossier ; le carnet reste utilisable, mais renommez ou déplacez ce fichier pour que les sauvegardes reprennent.</source>
        <translation>Automatic backups impossible: “{where}” is a file, not a folder; the record book can still be used, but rename or move that file so that backups resume.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sauvegardes automatiques impossibles dans « {where} » ({reason}) : le carnet reste utilisable, mais libérez de la place ou vérifiez les droits de ce dossier pour que les sauvegardes reprennent.</source>
        <translation>Automatic backups impossible in “{where}” ({reason}): the record book can still be used, but free some space or check the permissions of this folder so that backups resume.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>le disque est plein</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>le dossier est en lecture seule</source>
        <translation>the folder is read-only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impossible de savoir quel carnet est « {name} » (fichier illisible) : aucune sauvegarde automatique ne peut lui être associée.</source>
        <translation>Impossible to tell which record book “{name}” is (unreadable file): no automatic backup can be linked to it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Impossible de copier la sauvegarde dans « {folder} » : {reason} ; vérifiez la place libre et les droits d&apos;écriture.</source>
        <translation>The backup could not be copied into “{folder}”: {reason}; check the free space and the write permissions.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La copie de la sauvegarde « {name} » est illisible : choisissez une autre sauvegarde.</source>
        <translation>The copy of the backup “{name}” cannot be read: choose another backup.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La sauvegarde « {path} » n&apos;existe pas.</source>
        <translation>The backup “{path}” does not exist.</translation>
    </message>
    <message>
        <location filename="../../progression/wording/lock.py" line="+6"/>
        <source>le {day} à {hour}</source>
        <translation>{day} at {hour}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>une date inconnue</source>
        <translation>an unknown date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce carnet est déjà ouvert par {user} sur cet ordinateur depuis {since} : fermez l&apos;autre fenêtre de Progression avant de l&apos;ouvrir ici.</source>
        <translation>This record book is already open by {user} on this computer since {since}: close the other Progression window before opening it here.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ce carnet est déjà ouvert par {user} sur l&apos;ordinateur « {host} » depuis {since} : fermez-le là-bas avant de l&apos;ouvrir ici.</source>
        <translation>This record book is already open by {user} on the computer “{host}” since {since}: close it there before opening it here.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le disque où se trouve « {folder} » est plein : impossible d&apos;y créer le verrou du carnet, qui n&apos;a pas été ouvert ; libérez de la place puis rouvrez-le.</source>
        <translation>The disk holding “{folder}” is full: the record book&apos;s lock cannot be created there, so the record book was not opened; free some space, then open it again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Impossible de créer le verrou de « {name} » dans « {folder} » : {reason}. Vérifiez que le dossier est accessible en écriture.</source>
        <translation>The lock of “{name}” cannot be created in “{folder}”: {reason}. Check that the folder can be written to.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le carnet « {name} » est en train d&apos;être ouvert par un autre programme : réessayez dans un instant.</source>
        <translation>The record book “{name}” is being opened by another program: try again in a moment.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ce carnet est ouvert sur l&apos;ordinateur « {host} » par {user} depuis {since} et a servi il y a moins de {hours} heures : fermez-le là-bas.</source>
        <translation>This record book is open on the computer “{host}” by {user} since {since} and was used less than {hours} hours ago: close it there.</translation>
    </message>
    <message>
        <location filename="../../progression/wording/records.py" line="+6"/>
        <source>Échelle « {code} » inconnue dans ce carnet.</source>
        <translation>Scale “{code}” is unknown in this record book.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ce carnet contient déjà des observations : l&apos;échelle ne peut plus changer cette année.</source>
        <translation>This record book already holds observations: the scale can no longer change this year.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La classe de démonstration compte de {least} à {most} élèves (demandé : {pupils}) : choisissez un nombre dans cet intervalle.</source>
        <translation>The demo class has from {least} to {most} pupils (asked: {pupils}): choose a number in that range.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Donnez un nom à la classe (par exemple « CE1-CE2 »).</source>
        <translation>Give the class a name (for example “CE1-CE2”).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Échelle « {scale} » inconnue.</source>
        <translation>Scale “{scale}” is unknown.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le fichier d&apos;échelle doit contenir code, label et steps (rank, short, value, color, symbol).</source>
        <translation>The scale file must contain code, label and steps (rank, short, value, color, symbol).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Durée de lecture « {seconds} s » impossible : entre 1 et {most} secondes.</source>
        <translation>Reading time “{seconds} s” is impossible: between 1 and {most} seconds.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le nombre de mots lus et le nombre d&apos;erreurs ne peuvent pas être négatifs.</source>
        <translation>The number of words read and the number of errors cannot be negative.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{errors} erreurs pour {words_read} mots lus : il ne peut pas y avoir plus d&apos;erreurs que de mots.</source>
        <translation>{errors} errors for {words_read} words read: there cannot be more errors than words.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ce carnet ne contient aucune classe.</source>
        <translation>This record book holds no class.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La période {index} n&apos;existe pas : ce carnet a les périodes 1 à {count}.</source>
        <translation>Period {index} does not exist: this record book has periods 1 to {count}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;échelle « {code} » manque dans ce carnet.</source>
        <translation>The scale “{code}” is missing from this record book.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cet échelon n&apos;appartient pas à l&apos;échelle du carnet.</source>
        <translation>This step does not belong to the record book&apos;s scale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;échelon {rank} n&apos;existe pas : l&apos;échelle a les échelons {ranks}.</source>
        <translation>Step {rank} does not exist: the scale has steps {ranks}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Échelon « {text} » inconnu : utilisez un numéro ou l&apos;un de : {names}.</source>
        <translation>Unknown step “{text}”: use a number or one of: {names}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cet item n&apos;existe plus dans le référentiel du carnet.</source>
        <translation>This item no longer exists in the record book&apos;s framework.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cet élève n&apos;est plus dans la classe.</source>
        <translation>This pupil is no longer in the class.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{first_name} {last_name} n&apos;était pas dans la classe le {day} (arrivée ou départ) : rien n&apos;a été enregistré.</source>
        <translation>{first_name} {last_name} was not in the class on {day} (arrival or departure): nothing was recorded.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Un item a besoin d&apos;un code et d&apos;un intitulé.</source>
        <translation>An item needs a code and a label.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;intitulé dépasse {most} caractères.</source>
        <translation>The label is longer than {most} characters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le code « {code} » existe déjà : choisissez-en un autre.</source>
        <translation>The code “{code}” already exists: choose another one.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le code « {code} » existe déjà dans le carnet : renommez les items du fichier importé.</source>
        <translation>The code “{code}” already exists in the record book: rename the items of the imported file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Une échelle compte de 2 à 6 échelons qui comptent dans les bilans.</source>
        <translation>A scale has from 2 to 6 steps that count in the reports.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;échelle « {code} » existe déjà dans ce carnet.</source>
        <translation>The scale “{code}” already exists in this record book.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Échelle « {label} » : {reason}</source>
        <translation>Scale “{label}”: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;identifiant ONDE de la classe « {onde_id} » est un nombre (par exemple 1001) : il figure dans la liste des élèves extraite d&apos;ONDE.</source>
        <translation>The class&apos;s ONDE identifier “{onde_id}” is a number (for example 1001): it appears in the pupil list exported from ONDE.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Donnez les dates de toutes les périodes de l&apos;année.</source>
        <translation>Give the dates of every period of the year.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Les périodes doivent rester dans l&apos;année scolaire {year} (du {starts} au {ends}).</source>
        <translation>The periods must stay within the school year {year} (from {starts} to {ends}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Niveau « {grade} » inconnu : choisissez parmi {grades}.</source>
        <translation>Unknown year group “{grade}”: choose among {grades}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>La date de départ ({left}) précède la date d&apos;arrivée ({arrived}).</source>
        <translation>The leaving date ({left}) comes before the arrival date ({arrived}).</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Le nom et le prénom de l&apos;élève sont obligatoires.</source>
        <translation>The pupil&apos;s last name and first name are required.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Item « {code} » inconnu dans ce carnet : écrivez le code affiché dans la grille ou la page Référentiel (par exemple L1-CE1.1).</source>
        <translation>Unknown item « {code} » in this record book: type the code shown in the grid or on the Framework page (for example L1-CE1.1).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sexe « {sex} » inconnu : M, F ou rien.</source>
        <translation>Unknown sex “{sex}”: M, F or nothing.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cet élève n&apos;est plus dans le carnet.</source>
        <translation>This pupil is no longer in the record book.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aucune case choisie : sélectionnez au moins un élève et un item.</source>
        <translation>No cell chosen: select at least one pupil and one item.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aucune observation à ajouter.</source>
        <translation>No observation to add.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cette observation n&apos;existe plus dans le carnet.</source>
        <translation>This observation no longer exists in the record book.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Échelle « {scale} » inconnue dans ce carnet ; échelles : {known}.</source>
        <translation>Scale “{scale}” is unknown in this record book; scales: {known}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>« {short} » ne compte pas dans les bilans : choisissez un échelon de l&apos;échelle.</source>
        <translation>“{short}” does not count in the reports: choose a step of the scale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aucun élève n&apos;a l&apos;identifiant « {pupil} » dans ce carnet.</source>
        <translation>No pupil has the identifier “{pupil}” in this record book.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Donnez la nouvelle valeur après le nom du réglage.</source>
        <translation>Give the new value after the name of the setting.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impossible de lire l&apos;échelle « {value} » : {reason}.</source>
        <translation>The scale “{value}” cannot be read: {reason}.</translation>
    </message>
    <message>
        <location filename="../../progression/wording/calendar.py" line="+6"/>
        <source>L&apos;année scolaire « {label} » n&apos;est pas reconnue : écrivez-la comme 2026-2027.</source>
        <translation>The school year “{label}” is not recognised: write it like 2026-2027.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nombre de périodes « {count} » impossible : choisissez 5 périodes, 3 trimestres ou 2 semestres.</source>
        <translation>Number of periods “{count}” impossible: choose 5 periods, 3 terms or 2 semesters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>« {later} » doit commencer le lendemain de la fin de « {earlier} ».</source>
        <translation>“{later}” must start the day after the end of “{earlier}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>« {label} » se termine avant de commencer.</source>
        <translation>“{label}” ends before it starts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zone « {zone} » inconnue : choisissez parmi {codes} (ou le nom de votre académie).</source>
        <translation>Unknown zone “{zone}”: choose among {codes} (or the name of your académie).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La date du {day} est hors de l&apos;année scolaire {year} (du {starts} au {ends}).</source>
        <translation>The date {day} is outside the school year {year} (from {starts} to {ends}).</translation>
    </message>
    <message>
        <location filename="../../progression/wording/documents.py" line="+6"/>
        <source>Formulation « {value} » inconnue : « family » (les mots écrits pour les familles) ou « official » (le texte des programmes).</source>
        <translation>Unknown wording “{value}”: “family” (the words written for families) or “official” (the text of the curriculum).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Élève « {pupil} » inconnu dans cette classe pour cette période.</source>
        <translation>Pupil “{pupil}” is unknown in this class for this period.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format « {format} » inconnu : pdf, class-pdf, xlsx, csv ou lsu.</source>
        <translation>Unknown format “{format}”: pdf, class-pdf, xlsx, csv or lsu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impossible d’écrire dans « {name} » : {reason} ; choisissez un autre nom, par exemple avec l’extension du document (.pdf, .xlsx, .csv, .xml, .json).</source>
        <translation>Cannot write to “{name}”: {reason}; choose another name, for example with the document&apos;s extension (.pdf, .xlsx, .csv, .xml, .json).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>c’est le carnet ouvert lui-même</source>
        <translation>it is the open record book itself</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ce nom est celui d’un carnet</source>
        <translation>this name is a record book&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite garde ce fichier à côté d’un carnet</source>
        <translation>SQLite keeps this file beside a record book</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ce fichier est une base de données, peut-être un carnet</source>
        <translation>this file is a database, perhaps a record book</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Révision « {revision} » du schéma LSU inconnue. Révisions possibles : {known}.</source>
        <translation>Unknown LSU schema revision “{revision}”. Possible revisions: {known}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Élément de programme « {code} » : aucun item de ce code dans le carnet ; « progression items CARNET » en donne la liste.</source>
        <translation>Curriculum element “{code}”: no item with this code in the record book; “progression items CARNET” lists them.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Élément de programme « {code} » : ce n&apos;est pas un objectif de lecture ({sub_domain}) ; choisissez des objectifs, pas des compétences ni des domaines.</source>
        <translation>Curriculum element “{code}”: it is not a reading objective ({sub_domain}); choose objectives, not competencies or domains.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>L&apos;identifiant ONDE de la classe manque : importez la liste des élèves extraite d&apos;ONDE (Fichier › Importer une liste d&apos;élèves), qui le contient, ou tapez-le dans Fichier › Classe et périodes…, puis exportez à nouveau.</source>
        <translation>The class&apos;s ONDE identifier is missing: import the pupil list exported from ONDE (File › Import a pupil list), which holds it, or type it in File › Class and periods…, then export again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aucun élève dans la classe en {label} : rien à envoyer au LSU.</source>
        <translation>No pupil in the class in {label}: nothing to send to the LSU.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le LSU reconnaît les élèves à leur INE (11 caractères) ; il manque ou est faux pour {names}. Complétez-le dans la fiche de l&apos;élève (page Élèves) ou réimportez la liste ONDE.</source>
        <translation>The LSU recognises pupils by their INE (11 characters); it is missing or wrong for {names}. Fill it in on the pupil&apos;s record (Pupils page) or import the ONDE list again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>L&apos;appréciation générale est vide : le LSU en demande une pour chaque bilan. Écrivez-la, ou laissez Progression écrire « {default} ».</source>
        <translation>The general comment is empty: the LSU asks for one in every report. Write it, or let Progression write “{default}”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>L&apos;appréciation générale fait {length} caractères ; le LSU en accepte {most} au plus. Raccourcissez-la, puis exportez à nouveau.</source>
        <translation>The general comment has {length} characters; the LSU accepts at most {most}. Shorten it, then export again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Numéro UAI de l&apos;école « {uai} » : il a 7 chiffres et une lettre (par exemple 0751234A) ; il figure sur les documents de l&apos;école et dans ONDE.</source>
        <translation>The school&apos;s UAI number “{uai}”: it has 7 digits and a letter (for example 0751234A); it appears on the school&apos;s documents and in ONDE.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Numéro UAI de l&apos;école absent : il a 7 chiffres et une lettre (par exemple 0751234A) ; il figure sur les documents de l&apos;école et dans ONDE.</source>
        <translation>The school&apos;s UAI number is missing: it has 7 digits and a letter (for example 0751234A); it appears on the school&apos;s documents and in ONDE.</translation>
    </message>
    <message>
        <location filename="../../progression/wording/privacy.py" line="+6"/>
        <source>Le carnet « {name} » est ouvert en lecture seule : l&apos;effacement est impossible.</source>
        <translation>The record book “{name}” is open read-only: erasing is impossible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cet élève n&apos;est pas (ou plus) dans le carnet : rien n&apos;a été effacé.</source>
        <translation>This pupil is not (or no longer) in the record book: nothing was erased.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impossible d&apos;effacer l&apos;élève du fichier « {path} » : {reason} ; supprimez ce fichier à la main si besoin.</source>
        <translation>The pupil could not be erased from the file “{path}”: {reason}; delete that file by hand if needed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Impossible de supprimer « {file} » : {reason} ; supprimez-le à la main.</source>
        <translation>“{file}” could not be deleted: {reason}; delete it by hand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impossible d&apos;effacer de nouveau, dans la sauvegarde, les élèves effacés depuis ({reason}) : la sauvegarde n&apos;a pas été remise en place et le carnet n&apos;a pas changé.</source>
        <translation>The pupils erased since could not be erased again in the backup ({reason}): the backup was not put back and the record book has not changed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le carnet « {name} » est ouvert en lecture seule : l&apos;archivage de fin d&apos;année est impossible.</source>
        <translation>The record book “{name}” is open read-only: the end-of-year archive is impossible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le dossier « {folder} » est celui des sauvegardes automatiques, qui vont être effacées : choisissez un autre dossier pour l&apos;archive (une clé USB, un dossier de l&apos;école…).</source>
        <translation>The folder “{folder}” is the one of the automatic backups, which are about to be deleted: choose another folder for the archive (a USB key, a school folder…).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>L&apos;archive « {name} » ne contient pas autant d&apos;élèves ou d&apos;observations que le carnet : rien n&apos;a été effacé ; recommencez l&apos;archivage.</source>
        <translation>The archive “{name}” does not hold as many pupils or observations as the record book: nothing was erased; make the archive again.</translation>
    </message>
    <message>
        <location filename="../../progression/wording/imports.py" line="+6"/>
        <source>« {name} » : aucune ligne d&apos;en-tête avec les colonnes « eleve » et « item » en haut du fichier. En-tête attendu : {expected}.</source>
        <translation>“{name}”: no header line with the columns “eleve” and “item” at the top of the file. Expected header: {expected}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>« {name} », ligne {line} : la colonne « {missing} » manque. En-tête attendu : {expected}.</source>
        <translation>“{name}”, line {line}: the column “{missing}” is missing. Expected header: {expected}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le fichier « {name} » a une colonne « {written} » mais pas de colonne « Prénom » : ajoutez-la, ou nommez la colonne « Nom Prénom » si elle contient les deux.</source>
        <translation>The file “{name}” has a column “{written}” but no column “Prénom”: add it, or name the column “Nom Prénom” if it holds both.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le fichier « {name} » est une liste de responsables, pas d’élèves : dans ONDE, faites l’extraction de la catégorie « Élèves ».</source>
        <translation>The file “{name}” is a list of guardians, not of pupils: in ONDE, export the category “Élèves”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le fichier « {name} » compte plus de {most} lignes d’élèves, ce n’est pas une liste de classe ou d’école : extrayez seulement votre école ou votre classe.</source>
        <translation>The file “{name}” has more than {most} pupil rows, so it is not a class or school list: export only your school or your class.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le fichier « {name} » a une ligne d’en-têtes (ligne {line}) mais aucun élève en dessous : choisissez le bon fichier.</source>
        <translation>The file “{name}” has a header line (line {line}) but no pupil below it: choose the right file.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le fichier « {name} » pèse {megabytes} Mo, plus que les {most} Mo qu’accepte Progression : enregistrez seulement la liste voulue dans un fichier plus petit.</source>
        <translation>The file “{name}” weighs {megabytes} MB, more than the {most} MB Progression accepts: save only the list you want in a smaller file.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le fichier « {name} » est vide : choisissez le bon fichier.</source>
        <translation>The file “{name}” is empty: choose the right file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le fichier « {name} » pèse {megabytes} Mo, plus que les {most} Mo qu’accepte Progression.</source>
        <translation>The file “{name}” weighs {megabytes} MB, more than the {most} MB Progression accepts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>« {name} » est un dossier, pas un fichier : choisissez la liste elle-même.</source>
        <translation>“{name}” is a folder, not a file: choose the list itself.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le fichier « {name} » est introuvable : vérifiez son nom et le dossier où il est rangé.</source>
        <translation>The file “{name}” cannot be found: check its name and the folder where it is kept.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le fichier « {name} » est un classeur Excel 97-2003 (.xls) ou un classeur protégé par un mot de passe, que Progression ne lit pas : ouvrez-le dans votre tableur et enregistrez-le sans mot de passe au format .xlsx, .ods ou CSV.</source>
        <translation>The file “{name}” is an Excel 97-2003 workbook (.xls) or a password-protected workbook, which Progression does not read: open it in your spreadsheet and save it without a password as .xlsx, .ods or CSV.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le fichier « {name} » est un classeur Excel binaire (.xlsb), que Progression ne lit pas : enregistrez-le au format .xlsx ou CSV.</source>
        <translation>The file “{name}” is a binary Excel workbook (.xlsb), which Progression does not read: save it as .xlsx or CSV.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le classeur « {name} » se décompresse en plus de {most} Mo, bien trop pour une liste d’élèves : enregistrez seulement la feuille voulue dans un nouveau classeur.</source>
        <translation>The workbook “{name}” unzips to more than {most} MB, far too much for a pupil list: save only the sheet you want in a new workbook.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le fichier « {name} » contient des caractères qu’aucun encodage courant n’explique (ni UTF-8, ni Windows-1252) : ouvrez-le dans votre tableur et enregistrez-le en « CSV UTF-8 ».</source>
        <translation>The file “{name}” holds characters that no common encoding explains (neither UTF-8 nor Windows-1252): open it in your spreadsheet and save it as “CSV UTF-8”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le fichier « {name} » mélange deux encodages : la ligne {utf8_line} est en UTF-8 et la ligne {latin_line} en Windows-1252, si bien que leurs accents ne peuvent pas être lus tous les deux ; ouvrez-le dans votre tableur, corrigez les accents de l’une, et enregistrez-le en « CSV UTF-8 ».</source>
        <translation>The file “{name}” mixes two encodings: line {utf8_line} is in UTF-8 and line {latin_line} in Windows-1252, so their accents cannot both be read; open it in your spreadsheet, fix the accents of one, and save it as “CSV UTF-8”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>La lecture du fichier « {name} » s’est interrompue ({kind}) : copiez-le dans vos Documents puis réessayez.</source>
        <translation>Reading the file “{name}” was interrupted ({kind}): copy it into your Documents, then try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le fichier « {name} » ne peut pas être lu ({reason}) : copiez-le dans vos Documents puis réessayez.</source>
        <translation>The file “{name}” cannot be read ({reason}): copy it into your Documents, then try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le classeur « {name} » est endommagé ou illisible : ouvrez-le dans votre tableur, enregistrez-le de nouveau, puis réessayez.</source>
        <translation>The workbook “{name}” is damaged or unreadable: open it in your spreadsheet, save it again, then try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le fichier « {name} » compte plus de {most} lignes remplies{repeated}, plus que Progression n’en lit dans un fichier : enregistrez seulement les lignes voulues dans un fichier plus petit.</source>
        <translation>The file “{name}” has more than {most} filled rows{repeated}, more than Progression reads in one file: save only the rows you want in a smaller file.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le classeur « {name} » n’a pas de feuille « {sheet} ».</source>
        <translation>The workbook “{name}” has no sheet “{sheet}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (sa ligne {line} y est répétée {n} fois)</source>
        <translation> (its line {line} is repeated {n} times there)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>l’accès est refusé</source>
        <translation>access is denied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>le système refuse de le lire</source>
        <translation>the system refuses to read it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (un guillemet ouvert dans cette ligne n&apos;est jamais refermé : la suite du fichier est lue comme une seule cellule)</source>
        <translation> (a quotation mark opened in this line is never closed: the rest of the file is read as a single cell)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where} : plusieurs élèves s&apos;appellent « {who} » ; indiquez leur INE à la place du nom.</source>
        <translation>{where}: several pupils are called “{who}”; give their INE instead of the name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where} : élève « {who} » inconnu dans ce carnet{hint}.</source>
        <translation>{where}: pupil “{who}” is unknown in this record book{hint}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where} : la date manque ; écrivez-la jj/mm/aaaa (par exemple 14/10/2026).</source>
        <translation>{where}: the date is missing; write it dd/mm/yyyy (for example 14/10/2026).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where} : item « {text} » inconnu{hint}.</source>
        <translation>{where}: unknown item “{text}”{hint}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where} : échelon « {text} » inconnu{hint}.</source>
        <translation>{where}: unknown step “{text}”{hint}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where} : {problem:sentence}</source>
        <translation>{where}: {problem:sentence}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where} ne contient aucune ligne remplie : choisissez le bon fichier.</source>
        <translation>{where} contains no filled line: choose the right file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where} n’a pas de colonne de noms : sa ligne {line} contient {found} ; la liste doit commencer par une ligne d’en-têtes avec au moins « Nom » et « Prénom » (ou une seule colonne « Nom Prénom »).</source>
        <translation>{where} has no column of names: its line {line} contains {found}; the list must start with a header line with at least “Nom” and “Prénom” (or a single column “Nom Prénom”).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>des cellules vides</source>
        <translation>empty cells</translation>
    </message>
    <message>
        <location filename="../../progression/wording/synthesis.py" line="+6"/>
        <source>{what} doit être un nombre.</source>
        <translation>{what} must be a number.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} doit être un nombre fini.</source>
        <translation>{what} must be a finite number.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Règle de synthèse inconnue : « {rule} ». Règles possibles : {known}.</source>
        <translation>Unknown synthesis rule: “{rule}”. Possible rules: {known}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La fenêtre doit être un nombre entier d&apos;observations, au moins 1 (reçu : {window}).</source>
        <translation>The window must be a whole number of observations, at least 1 (given: {window}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le nombre de meilleures observations retenues doit être un entier, au moins 1 (reçu : {best_k}).</source>
        <translation>The number of best observations kept must be a whole number, at least 1 (given: {best_k}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La part de la dernière observation doit être comprise entre 0 (exclu) et 1 (reçu : {decay_share}).</source>
        <translation>The share of the last observation must be between 0 (excluded) and 1 (given: {decay_share}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impossible d&apos;arrondir {x} : ce n&apos;est pas un nombre fini.</source>
        <translation>Cannot round {x}: it is not a finite number.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Les seuils doivent être une liste de paires (rang, score le plus bas).</source>
        <translation>The thresholds must be a list of pairs (rank, lowest score).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Les seuils sont vides : il faut au moins un échelon.</source>
        <translation>The thresholds are empty: at least one step is needed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le rang d&apos;échelon « {rank} » n&apos;est pas un nombre entier.</source>
        <translation>The step rank “{rank}” is not a whole number.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le premier seuil doit être 0, pour que tout score ait un échelon (reçu : {lowest}).</source>
        <translation>The first threshold must be 0, so that every score has a step (given: {lowest}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le seuil de l&apos;échelon {rank} ({lowest}) doit être plus haut que le précédent et au plus {most}.</source>
        <translation>The threshold of step {rank} ({lowest}) must be higher than the previous one and at most {most}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Les rangs d&apos;échelon doivent croître avec les seuils (rang {rank} après {previous_rank}).</source>
        <translation>Step ranks must rise with the thresholds (rank {rank} after {previous_rank}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;échelle n&apos;a aucun échelon qui compte : impossible de fixer des seuils.</source>
        <translation>The scale has no step that counts: thresholds cannot be set.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La valeur de l&apos;échelon {rank} doit être un entier de {least} à {most} (reçu : {value}).</source>
        <translation>The value of step {rank} must be a whole number from {least} to {most} (given: {value}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Les échelons {rank_a} et {rank_b} ont la même valeur ({value_a}) : impossible de savoir lequel donner.</source>
        <translation>Steps {rank_a} and {rank_b} have the same value ({value_a}): impossible to know which one to give.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Les valeurs des échelons doivent croître avec leur rang (échelon {rank_a} : {value_a}, échelon {rank_b} : {value_b}).</source>
        <translation>Step values must rise with their rank (step {rank_a}: {value_a}, step {rank_b}: {value_b}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Un score doit aller de {least} à {most} (reçu : {score}).</source>
        <translation>A score must be from {least} to {most} (given: {score}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Un coefficient ne peut pas être négatif (reçu : {coefficient}).</source>
        <translation>A coefficient cannot be negative (given: {coefficient}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La part de la dernière observation</source>
        <translation>The share of the last observation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le seuil de l&apos;échelon {rank}</source>
        <translation>The threshold of step {rank}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un score</source>
        <translation>A score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un coefficient</source>
        <translation>A coefficient</translation>
    </message>
    <message>
        <location filename="../../progression/wording/settings.py" line="+6"/>
        <source>Réglage inconnu « {name} ». Réglages possibles : {names}.</source>
        <translation>Unknown setting “{name}”. Possible settings: {names}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>« {text} » n&apos;est pas lisible ; écrivez le score le plus bas de chaque échelon, par exemple {example}</source>
        <translation>“{text}” cannot be read; write the lowest score of each step, for example {example}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>L&apos;échelle « {scale} » n&apos;a aucun échelon qui compte dans les bilans.</source>
        <translation>The scale “{scale}” has no step that counts in the reports.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Échelle « {scale} » : {problem}.</source>
        <translation>Scale “{scale}”: {problem}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Réglage « thresholds » : les seuils donnent les échelons {given} mais l&apos;échelle « {scale} » a les échelons {ranks} ; donnez le score le plus bas de chacun, par exemple {example}.</source>
        <translation>Setting “thresholds”: the thresholds give steps {given} but the scale “{scale}” has steps {ranks}; give the lowest score of each, for example {example}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>« {text} » n&apos;est pas un nombre entier</source>
        <translation>“{text}” is not a whole number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>« {text} » n&apos;est pas un nombre</source>
        <translation>“{text}” is not a number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>« {text} » n&apos;est ni oui ni non</source>
        <translation>“{text}” is neither yes nor no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} doit être un nombre entier de {low} à {high} (reçu : « {value} »)</source>
        <translation>{what} must be a whole number from {low} to {high} (given: “{value}”)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>règle « {value} » inconnue ; règles possibles : {known}</source>
        <translation>unknown rule “{value}”; possible rules: {known}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>la part de la dernière observation est entre 0 (exclu) et 1 (reçu : « {value} »)</source>
        <translation>the share of the last observation is between 0 (excluded) and 1 (given: “{value}”)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>« {written} » n&apos;est pas une liste de seuils ; {advice}</source>
        <translation>“{written}” is not a list of thresholds; {advice}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>« {rank} » n&apos;est pas un rang d&apos;échelon ; {advice}</source>
        <translation>“{rank}” is not a step rank; {advice}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>le seuil de l&apos;échelon {rank} « {lowest} » n&apos;est pas un nombre ; {advice}</source>
        <translation>the threshold of step {rank} “{lowest}” is not a number; {advice}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{problem} ; {advice}</source>
        <translation>{problem}; {advice}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>« {value} » n&apos;est pas un texte</source>
        <translation>“{value}” is not a text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>le code d&apos;échelle est vide</source>
        <translation>the scale code is empty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>le numéro UAI « {uai} » a 7 chiffres et une lettre (par exemple 0751234A)</source>
        <translation>the UAI number “{uai}” has 7 digits and a letter (for example 0751234A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>« {value} » n&apos;est pas une liste d&apos;activités</source>
        <translation>“{value}” is not a list of activities</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} activités, {most} au plus</source>
        <translation>{count} activities, {most} at most</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Réglage « {name} » : {detail}.</source>
        <translation>Setting “{name}”: {detail}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>la valeur « {value} » est impossible</source>
        <translation>the value “{value}” is impossible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>la valeur enregistrée n&apos;est pas un texte</source>
        <translation>the stored value is not a text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>la valeur « {value} » est illisible</source>
        <translation>the value “{value}” cannot be read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>écrivez le score le plus bas de chaque échelon, par exemple {example}</source>
        <translation>write the lowest score of each step, for example {example}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>la fenêtre</source>
        <translation>the window</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>le nombre de meilleures observations</source>
        <translation>the number of best observations</translation>
    </message>
    <message>
        <location filename="../../progression/wording/framework.py" line="+6"/>
        <source>{where} : {what} « {value} » n&apos;est pas un texte.</source>
        <translation>{where}: {what} “{value}” is not a text.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../progression/wording/imports.py" line="-8"/>
        <source>{where} : {problem}.</source>
        <translation>{where}: {problem}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where} : coefficient « {value} » impossible pour « {code} » ; un coefficient est un nombre de 0 (l&apos;item ne compte pas) à {most}.</source>
        <translation>{where}: coefficient “{value}” is impossible for “{code}”; a coefficient is a number from 0 (the item does not count) to {most}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where} : l&apos;item n&apos;a pas la forme d&apos;un item de référentiel.</source>
        <translation>{where}: the item does not have the shape of a framework item.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where} : la colonne « {key} » manque.</source>
        <translation>{where}: the column “{key}” is missing.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where} : les niveaux de « {code} » ne sont pas une liste.</source>
        <translation>{where}: the year groups of “{code}” are not a list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where} : l&apos;item n&apos;a pas de code.</source>
        <translation>{where}: the item has no code.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where} : l&apos;item « {code} » n&apos;a pas d&apos;intitulé.</source>
        <translation>{where}: the item “{code}” has no label.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where} : l&apos;intitulé de « {code} » dépasse {most} caractères.</source>
        <translation>{where}: the label of “{code}” is longer than {most} characters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where} : type « {kind} » inconnu pour « {code} » (domain, competency ou objective).</source>
        <translation>{where}: unknown type “{kind}” for “{code}” (domain, competency or objective).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where} : niveau « {grade} » inconnu pour « {code} ».</source>
        <translation>{where}: unknown year group “{grade}” for “{code}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where} : le cycle « {cycle} » n&apos;existe pas (1, 2, 3 ou 4).</source>
        <translation>{where}: the cycle “{cycle}” does not exist (1, 2, 3 or 4).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where} : statut « {status} » inconnu ({statuses}).</source>
        <translation>{where}: unknown status “{status}” ({statuses}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where} : le fichier n&apos;a pas la forme d&apos;un référentiel Progression.</source>
        <translation>{where}: the file does not have the shape of a Progression framework.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../progression/wording/imports.py" line="-3"/>
        <location line="+5"/>
        <source>{where} : {detail}.</source>
        <translation>{where}: {detail}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where} : le code « {code} » apparaît deux fois.</source>
        <translation>{where}: the code “{code}” appears twice.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where} : l&apos;item « {code} » a pour parent « {parent} », qui n&apos;existe pas.</source>
        <translation>{where}: the item “{code}” has the parent “{parent}”, which does not exist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>« {name} », ligne {line} : ce n&apos;est pas un fichier JSON valide.</source>
        <translation>“{name}”, line {line}: this is not a valid JSON file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>« {name} » : colonne « {missing} » absente. Colonnes attendues : {columns}.</source>
        <translation>“{name}”: column “{missing}” is missing. Expected columns: {columns}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>référentiel</source>
        <translation>framework</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}, item {n}</source>
        <translation>{where}, item {n}</translation>
    </message>
    <message>
        <location filename="../../progression/wording/general.py" line="-2"/>
        <source>« {name} », ligne {line}</source>
        <translation>“{name}”, line {line}</translation>
    </message>
    <message>
        <location filename="../../progression/wording/framework.py" line="+1"/>
        <source>le code</source>
        <translation>the code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>l&apos;intitulé</source>
        <translation>the label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>le type</source>
        <translation>the type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>le parent</source>
        <translation>the parent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>le code LSU</source>
        <translation>the LSU code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>la période conseillée</source>
        <translation>the suggested period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>le statut</source>
        <translation>the status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>la version</source>
        <translation>the version</translation>
    </message>
    <message>
        <location filename="../../progression/wording/groups.py" line="+6"/>
        <source>Cette période n&apos;existe pas dans ce carnet : choisissez une autre période.</source>
        <translation>This period does not exist in this carnet: choose another period.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aucun groupe à garder pour cette période : aucun élève n&apos;a d&apos;objectif non atteint.</source>
        <translation>No group to keep for this period: no pupil has an objective not met.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cette période n&apos;a pas de groupes gardés : il n&apos;y a rien à abandonner.</source>
        <translation>This period has no groups kept: there is nothing to drop.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{pupil} serait dans deux groupes pour « {competency} » : un élève n&apos;est que dans un groupe par compétence. Retirez-le d&apos;un des deux.</source>
        <translation>{pupil} would be in two groups for “{competency}”: a pupil is in only one group per competency. Take them out of one of the two.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ce groupe n&apos;existe plus (il a été abandonné ou remplacé) : rouvrez la page Groupes.</source>
        <translation>This group no longer exists (it was dropped or replaced): open the Groups page again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{pupil} est déjà dans ce groupe : choisissez un autre groupe.</source>
        <translation>{pupil} is already in this group: choose another group.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>« {group} » travaille une autre compétence : {pupil} ne peut aller que dans un groupe de la même compétence.</source>
        <translation>“{group}” works on another competency: {pupil} can only go to a group of the same competency.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{pupil} n&apos;est plus dans « {group} » : rouvrez la page Groupes pour voir où il est.</source>
        <translation>{pupil} is no longer in “{group}”: open the Groups page again to see where they are.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{pupil} est déjà dans « {group} ».</source>
        <translation>{pupil} is already in “{group}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{pupil} est déjà dans un groupe de cette compétence : déplacez-le depuis ce groupe.</source>
        <translation>{pupil} is already in a group of this competency: move them from that group.</translation>
    </message>
    <message>
        <location filename="../../progression/wording/works.py" line="+6"/>
        <source>Donnez le titre de l&apos;œuvre (par exemple « Les trois brigands ») : rien n&apos;a été ajouté.</source>
        <translation>Give the book&apos;s title (for example “The Three Robbers”): nothing was added.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Genre « {kind} » inconnu : choisissez album, roman, conte, fable, poésie, théâtre, documentaire ou bande dessinée.</source>
        <translation>Unknown kind “{kind}”: choose picture book, novel, tale, fable, poetry, play, non-fiction or comic.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>« {title} » est déjà dans la liste de lecture de la classe : cochez les élèves qui l&apos;ont lu, sans l&apos;ajouter une seconde fois.</source>
        <translation>“{title}” is already on the class&apos;s reading list: tick the pupils who read it, without adding it a second time.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cette œuvre n&apos;est plus dans la liste de lecture de la classe.</source>
        <translation>This book is no longer on the class&apos;s reading list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manière de lire « {mode} » inconnue : lu seul, lu avec aide ou lu à voix haute par l&apos;enseignant(e).</source>
        <translation>Unknown way of reading “{mode}”: read alone, read with help or read aloud by the teacher.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choisissez au moins un élève qui a lu « {title} ».</source>
        <translation>Choose at least one pupil who read “{title}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>« {title} » est déjà noté comme lu pour {who} : rien de nouveau à enregistrer.</source>
        <translation>“{title}” is already noted as read for {who}: nothing new to record.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cette lecture n&apos;est plus dans le carnet.</source>
        <translation>This reading is no longer in the carnet.</translation>
    </message>
    <message>
        <location filename="../../progression/wording/handover.py" line="+6"/>
        <source>Donnez au moins un carnet de cette année (--from CARNET) : c&apos;est de lui que viennent les élèves.</source>
        <translation>Give at least one record book of this year (--from CARNET): the pupils come from it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le nouveau carnet « {name} » ne peut pas remplacer un carnet de cette année : choisissez un autre nom de fichier.</source>
        <translation>The new record book “{name}” cannot replace a record book of this year: choose another file name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le fichier « {name} » existe déjà : choisissez un autre nom pour le carnet de l&apos;année suivante (rien n&apos;a été écrit).</source>
        <translation>The file “{name}” already exists: choose another name for next year&apos;s record book (nothing was written).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>L&apos;année {year} ne vient pas après celle du carnet « {name} » ({source_year}) : choisissez l&apos;année scolaire suivante (par exemple {suggested}).</source>
        <translation>The year {year} does not come after that of the record book “{name}” ({source_year}): choose the following school year (for example {suggested}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aucun élève « {name} » dans {sources} : écrivez le nom comme dans le carnet, « NOM Prénom », les élèves séparés par « ; ».</source>
        <translation>No pupil “{name}” in {sources}: write the name as in the record book, “SURNAME First name”, pupils separated by “;”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deux élèves s&apos;appellent « {name} » dans {sources} : donnez son identifiant (voir « progression info --json ») au lieu de son nom.</source>
        <translation>Two pupils are called “{name}” in {sources}: give the pupil&apos;s identifier (see “progression info --json”) instead of the name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aucun élève à faire passer dans la nouvelle classe : cochez au moins un élève.</source>
        <translation>No pupil to move into the new class: tick at least one pupil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} est en CM2 : l&apos;année suivante, il ou elle part au collège. Retirez cet élève de la liste, ou donnez le niveau où il ou elle reste (--grade &quot;{name}=CM2&quot;).</source>
        <translation>{name} is in CM2: next year, they go to collège. Remove this pupil from the list, or give the grade they stay in (--grade &quot;{name}=CM2&quot;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>« {text} » ne se lit pas : écrivez « NOM Prénom=CE2 » (l&apos;élève, un signe égal, son niveau).</source>
        <translation>“{text}” cannot be read: write “SURNAME First name=CE2” (the pupil, an equals sign, the grade).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le carnet de l&apos;année suivante n&apos;a pas été créé : une donnée de l&apos;élève renvoie à une ligne absente du carnet de cette année (table « {table} ») ; vérifiez ce carnet (progression check), puis recommencez. Rien n&apos;a été écrit.</source>
        <translation>Next year&apos;s record book was not created: some of a pupil&apos;s data points to a row missing from this year&apos;s record book (table “{table}”); check this record book (progression check), then try again. Nothing was written.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_files.py" line="+50"/>
        <source>Aucune application n&apos;a pu ouvrir « {path} ».</source>
        <translation>No application could open “{path}”.</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location filename="../../ui/export_dialog.py" line="+143"/>
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
        <location line="+25"/>
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
        <location line="+46"/>
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
        <location line="+127"/>
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
        <location line="+3"/>
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
        <location line="+39"/>
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
        <location line="+30"/>
        <source>Export en cours…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export en cours : {done} sur {total}…</source>
        <translation>Exporting: {done} of {total}…</translation>
    </message>
    <message>
        <location line="-339"/>
        <source>pour les familles (phrases simples)</source>
        <translation>for families (plain sentences)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>officielle (texte du programme)</source>
        <translation>official (the programme&apos;s text)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Formulation des objectifs :</source>
        <translation>&amp;Wording of the objectives:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{code} — {words}</source>
        <translation>{code} — {words}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le fichier est vérifié avec ce schéma avant d&apos;être écrit. La révision 1.0b (2017) admet « non évalué » ; choisissez 1.0 seulement si l&apos;import du LSU de votre école la demande.</source>
        <translation>The file is checked against this schema before it is written. Revision 1.0b (2017) accepts “non évalué”; choose 1.0 only if your school&apos;s LSU import asks for it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Schéma LSU :</source>
        <translation>LSU &amp;schema:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Principaux éléments du programme travaillés</source>
        <translation>Main programme elements worked on</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Principaux éléments du programme travaillés (cochés : les plus observés de la période) :</source>
        <translation>Main programme elements worked on (ticked: the most observed this period):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Appréciation générale</source>
        <translation>General comment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appréciation &amp;générale (la même pour chaque bilan ; vide : une phrase qui invite à la rédiger dans le LSU) :</source>
        <translation>&amp;General comment (the same for every report; empty: a sentence inviting you to write it in the LSU):</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>La même grille, une ligne par période, élève et objectif (séparateur « ; »).</source>
        <translation>The same grid, one line per period, pupil and objective (separator “;”).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cochez au moins un élément du programme travaillé.</source>
        <translation>Tick at least one programme element worked on.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;appréciation générale dépasse {limit} caractères : raccourcissez-la.</source>
        <translation>The general comment is longer than {limit} characters: shorten it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} / {limit} caractères</source>
        <translation>{n} / {limit} characters</translation>
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
        <source>repère estimé (non officiel) ; ◆ objectif officiel de fin d&apos;année</source>
        <translation>estimated benchmark (unofficial); ◆ official end-of-year target</translation>
    </message>
</context>
<context>
    <name>FluencyPanel</name>
    <message>
        <location filename="../../ui/fluency_panel.py" line="+108"/>
        <source>Titre du texte lu</source>
        <translation>Title of the text read</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+467"/>
        <source>texte préparé</source>
        <translation>practised text</translation>
    </message>
    <message>
        <location line="-461"/>
        <source>Date de la lecture</source>
        <translation>Date of the reading</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lecture</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Élève</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+11"/>
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
        <location line="+19"/>
        <source>Mesures de la période</source>
        <translation>Tests of the period</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Supprimer la mesure</source>
        <translation>Delete the test</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>{0} : dernière mesure de chaque élève et mesures de la période</source>
        <translation>{0}: each pupil&apos;s latest test and the tests of the period</translation>
    </message>
    <message>
        <location line="+98"/>
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
        <location line="+41"/>
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
        <location line="+22"/>
        <source>Enregistré : {0} MCLM pour {1}.</source>
        <translation>Saved: {0} WCPM for {1}.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>{0} : pas de mesure cette période</source>
        <translation>{0}: no test this period</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} ({1}), le {2} : {3} MCLM</source>
        <translation>{0} ({1}), on {2}: {3} WCPM</translation>
    </message>
    <message>
        <location line="-460"/>
        <source>Les objectifs officiels portent sur un texte lu sans préparation (au CP : 30 mots par minute sans préparation, 50 après préparation).</source>
        <translation>The official targets are for a text read without preparation (in CP: 30 words per minute without preparation, 50 after preparation).</translation>
    </message>
    <message>
        <location line="+365"/>
        <source>La date du {0} est après aujourd&apos;hui : une lecture se note le jour où elle a lieu. Corrigez la date ; rien n&apos;a été enregistré.</source>
        <translation>{0} is after today: a reading is recorded on the day it takes place. Correct the date; nothing was saved.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>repère estimé (non officiel) à cette date : {0} (seuls les objectifs de fin d&apos;année sont officiels)</source>
        <translation>estimated benchmark (unofficial) on that day: {0} (only end-of-year targets are official)</translation>
    </message>
    <message>
        <location line="-454"/>
        <source>un texte (fluence)</source>
        <translation>a text (fluency)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>des syllabes</source>
        <translation>syllables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>des pseudo-mots</source>
        <translation>pseudo-words</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Les syllabes et les pseudo-mots mesurent le décodage : ils sont montrés à part, jamais comparés aux objectifs de fluence.</source>
        <translation>Syllables and pseudo-words measure decoding: they are shown apart, never compared with the fluency targets.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ce qui est lu</source>
        <translation>What is read</translation>
    </message>
    <message>
        <location line="+367"/>
        <source>Enregistré : {0} {1} pour {2} (décodage, à part de la fluence).</source>
        <translation>Saved: {0} {1} for {2} (decoding, apart from fluency).</translation>
    </message>
</context>
<context>
    <name>FluencyTableModel</name>
    <message>
        <location filename="../../ui/fluency_table.py" line="+27"/>
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
        <location line="-1"/>
        <source>Préparé</source>
        <translation>Prepared</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repère estimé (non officiel)</source>
        <translation>Estimated benchmark (unofficial)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Repère estimé (non officiel) pour la date, tracé entre deux objectifs officiels : seuls les objectifs de fin d&apos;année sont officiels.</source>
        <translation>Estimated benchmark (unofficial) for the date, drawn between two official targets: only end-of-year targets are official.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Texte préparé avant la lecture</source>
        <translation>Text prepared before the reading</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Texte lu sans préparation</source>
        <translation>Text read without preparation</translation>
    </message>
</context>
<context>
    <name>FrameworkFiles</name>
    <message>
        <location filename="../../ui/framework_panel.py" line="+57"/>
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
        <location line="+2"/>
        <source>Niveau</source>
        <translation>Year group</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Référentiel : domaines, compétences et objectifs</source>
        <translation>Framework: domains, competencies and objectives</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <location line="+9"/>
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
        <location line="+31"/>
        <source>referentiel</source>
        <translation>framework</translation>
    </message>
    <message>
        <location line="-258"/>
        <source>Afficher les éléments masqués</source>
        <translation>Show hidden entries</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Ajouter un élément ici…</source>
        <translation>Add an entry here…</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Choisissez un élément dans l&apos;arbre.</source>
        <translation>Choose an entry in the tree.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>{0} éléments importés depuis « {1} ».</source>
        <translation>{0} entries imported from “{1}”.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0} éléments exportés dans « {1} ».</source>
        <translation>{0} entries exported to “{1}”.</translation>
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
        <location line="+5"/>
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
    <message>
        <location line="-42"/>
        <source>ajouté par l&apos;enseignant</source>
        <translation>added by the teacher</translation>
    </message>
</context>
<context>
    <name>GroupsPanel</name>
    <message>
        <location filename="../../ui/groups_panel.py" line="+61"/>
        <source>Groupe et élèves</source>
        <translation>Group and pupils</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pourquoi : objectifs non atteints</source>
        <translation>Why: objectives not met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groupes de besoin de la période et leurs élèves</source>
        <translation>The period&apos;s need groups and their pupils</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Garder ces groupes</source>
        <translation>&amp;Keep these groups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Garder ces groupes avec la période : vous pourrez déplacer des élèves, les imprimer et n&apos;afficher qu&apos;un groupe dans la grille.</source>
        <translation>Keep these groups with the period: you can then move pupils, print them and show one group only in the grid.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Abandonner ces groupes</source>
        <translation>&amp;Drop these groups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voir ce groupe dans la g&amp;rille</source>
        <translation>Show this group in the g&amp;rid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Déplacer l&apos;élève choisi vers :</source>
        <translation>&amp;Move the chosen pupil to:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dé&amp;placer</source>
        <translation>Mo&amp;ve</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Groupes de besoin — {period}</source>
        <translation>Need groups — {period}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Groupes gardés pour cette période : la synthèse de classe les imprime et la grille peut n&apos;afficher que l&apos;un d&apos;eux. Pour déplacer un élève, choisissez-le puis son nouveau groupe.</source>
        <translation>Groups kept for this period: the class summary prints them and the grid can show one of them only. To move a pupil, choose them, then their new group.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Proposition tirée des bilans de la période : par compétence, les élèves en dessous de « Atteints », en groupes de 3 à 6, le plus grand besoin d&apos;abord, chacun dans un seul groupe. Gardez ces groupes pour pouvoir les modifier.</source>
        <translation>Proposal drawn from the period&apos;s reviews: per competency, the pupils below “Atteints” (achieved), in groups of 3 to 6, the greatest need first, each in one group only. Keep these groups to be able to change them.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aucun élève n&apos;a d&apos;objectif non atteint pendant cette période : pas de groupe à proposer.</source>
        <translation>No pupil has an objective not met in this period: no group to propose.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Hors des groupes · {competency}</source>
        <translation>Out of groups · {competency}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 élève</source>
        <translation>1 pupil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} élèves</source>
        <translation>{count} pupils</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} (placé par vous)</source>
        <translation>{name} (placed by you)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>placé par vous</source>
        <translation>placed by you</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Hors des groupes de cette compétence</source>
        <translation>Out of this competency&apos;s groups</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../ui/guide.py" line="+23"/>
        <source>Guide de l&apos;enseignant — Progression</source>
        <translation>Teacher&apos;s guide — Progression</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guide de l&apos;enseignant</source>
        <translation>Teacher&apos;s guide</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Le guide n&apos;a pas été trouvé avec cette installation de Progression. Il est aussi dans le dossier « docs » des sources, sous le nom guide.md.</source>
        <translation>The guide was not found with this installation of Progression. It is also in the “docs” folder of the sources, as guide.md (in French).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Le guide n&apos;a pas pu être lu ({0}).</source>
        <translation>The guide could not be read ({0}).</translation>
    </message>
</context>
<context>
    <name>ImportButtons</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="+103"/>
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
        <location line="-407"/>
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
        <location line="+75"/>
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
        <location line="+3"/>
        <source>Restaurer cette sauvegarde retirerait du carnet ce qui a été saisi ou modifié après elle : {what}. Rien n&apos;est effacé pour autant : le carnet actuel est gardé tel quel dans son dossier sous « {name} ».</source>
        <translation>Restoring this backup would take out of the record book what was entered or changed after it: {what}. Nothing is erased though: the current record book is kept as it is in its folder as “{name}”.</translation>
    </message>
    <message numerus="yes">
        <location line="-60"/>
        <source>%n relevés du code</source>
        <translation>
            <numerusform>%n phonics mark</numerusform>
            <numerusform>%n phonics marks</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 relevé du code</source>
        <translation>1 phonics mark</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n correspondances de la progression du code (ajoutées, déplacées ou marquées enseignées)</source>
        <translation>
            <numerusform>%n correspondence of the phonics progression (added, moved or marked taught)</numerusform>
            <numerusform>%n correspondences of the phonics progression (added, moved or marked taught)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 correspondance de la progression du code (ajoutée, déplacée ou marquée enseignée)</source>
        <translation>1 correspondence of the phonics progression (added, moved or marked taught)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n œuvres de la liste de lecture</source>
        <translation>
            <numerusform>%n book on the reading list</numerusform>
            <numerusform>%n books on the reading list</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 œuvre de la liste de lecture</source>
        <translation>1 book on the reading list</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n œuvres lues par des élèves</source>
        <translation>
            <numerusform>%n book read by pupils</numerusform>
            <numerusform>%n books read by pupils</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 œuvre lue par un élève</source>
        <translation>1 book read by a pupil</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n grilles de lecture</source>
        <translation>
            <numerusform>%n reading grid</numerusform>
            <numerusform>%n reading grids</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 grille de lecture</source>
        <translation>1 reading grid</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n groupes de besoin</source>
        <translation>
            <numerusform>%n need group</numerusform>
            <numerusform>%n need groups</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 groupe de besoin</source>
        <translation>1 need group</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n élèves placés dans des groupes de besoin</source>
        <translation>
            <numerusform>%n pupil placed in need groups</numerusform>
            <numerusform>%n pupils placed in need groups</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 élève placé dans un groupe de besoin</source>
        <translation>1 pupil placed in a need group</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/workspace.py" line="+77"/>
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
        <location line="+2"/>
        <source>Référentiel</source>
        <translation>Framework</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Phonics</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+66"/>
        <location line="+344"/>
        <source>Progression</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location line="-249"/>
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
        <location line="-112"/>
        <source>Saisie</source>
        <translation>Recording</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location line="-28"/>
        <source>Récemmen&amp;t ouverts</source>
        <translation>Recentl&amp;y opened</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>F&amp;usionner une copie du carnet…</source>
        <translation>&amp;Merge a copy of the carnet…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Classe et &amp;périodes…</source>
        <translation>C&amp;lass and periods…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Terminer les effacements dans les sauvegardes…</source>
        <translation>&amp;Finish erasures in the backups…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Aid&amp;e</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Langue</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+113"/>
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
        <location line="+31"/>
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
        <location line="+12"/>
        <source>À propos de Progression</source>
        <translation>About Progression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Progression&lt;/b&gt; {version}&lt;br&gt;Suivi des progrès en lecture des élèves de l&apos;école primaire, hors ligne, dans un seul fichier.&lt;br&gt;Logiciel libre sous licence GPL 3 ou ultérieure.</source>
        <translation>&lt;b&gt;Progression&lt;/b&gt; {version}&lt;br&gt;Tracking primary-school pupils&apos; progress in reading, offline, in a single file.&lt;br&gt;Free software under the GPL, version 3 or later.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Patientez : Progression termine une opération sur le carnet.</source>
        <translation>Please wait: Progression is finishing an operation on the record book.</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="+123"/>
        <source>Impossible d&apos;écrire l&apos;image « {path} ».</source>
        <translation>Could not write the image “{path}”.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="-401"/>
        <source>&amp;Guide de l&apos;enseignant</source>
        <translation>Teacher&apos;s &amp;guide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Signaler un problème…</source>
        <translation>&amp;Report a problem…</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>S&amp;ynchroniser avec le serveur de l&apos;école…</source>
        <translation>Sync wit&amp;h the school server…</translation>
    </message>
    <message>
        <location filename="../../ui/workspace.py" line="-2"/>
        <source>Groupes</source>
        <translation>Need groups</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Œuvres lues</source>
        <translation>Books read</translation>
    </message>
</context>
<context>
    <name>NewClassWizard</name>
    <message>
        <location filename="../../ui/wizard.py" line="+380"/>
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
    <name>NextYearDialog</name>
    <message>
        <location filename="../../ui/next_year.py" line="+63"/>
        <source>Préparer l&apos;année suivante</source>
        <translation>Prepare next year</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CE2 les Tilleuls</source>
        <translation>CE2 les Tilleuls</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>le nom de l&apos;enseignant(e) de la nouvelle classe</source>
        <translation>the name of the new class&apos;s teacher</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+75"/>
        <source>Fichier du nouveau carnet</source>
        <translation>File of the new record book</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nouvelle &amp;classe :</source>
        <translation>New &amp;class:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Année scolaire :</source>
        <translation>School &amp;year:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enseignant(e) :</source>
        <translation>&amp;Teacher:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fichier du nouveau carnet :</source>
        <translation>&amp;File of the new record book:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Élève</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cette année</source>
        <translation>This year</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>L&apos;an prochain</source>
        <translation>Next year</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A quitté la classe en cours d&apos;année.</source>
        <translation>Left the class during the year.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>En CM2 : part au collège l&apos;an prochain.</source>
        <translation>In CM2: goes to collège next year.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Niveau l&apos;an prochain de {name}</source>
        <translation>Next year&apos;s grade of {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Les élèves cochés passent dans la nouvelle classe avec tout leur historique de cette année (observations, lectures, décisions, appréciations, code, œuvres lues) : il reste consultable sur leur page, sans compter dans les bilans de l&apos;an prochain. Ce carnet-ci n&apos;est pas modifié.</source>
        <translation>The ticked pupils move into the new class with all of this year&apos;s history (observations, readings, decisions, comments, code, works read): it can still be read on their page, without counting in next year&apos;s reports. This record book is not changed.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Préparer le carnet</source>
        <translation>Prepare the record book</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Classe</source>
        <translation>Class</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Carnets Progression (*.carnet)</source>
        <translation>Progression record books (*.carnet)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Donnez le nom de la nouvelle classe (par exemple « CE2 les Tilleuls »).</source>
        <translation>Give the name of the new class (for example “CE2 les Tilleuls”).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cochez au moins un élève qui passe dans la nouvelle classe.</source>
        <translation>Tick at least one pupil moving into the new class.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choisissez le fichier du nouveau carnet.</source>
        <translation>Choose the file of the new record book.</translation>
    </message>
</context>
<context>
    <name>NextYearPreparation</name>
    <message>
        <location line="+23"/>
        <source>Préparer l&apos;&amp;année suivante…</source>
        <translation>Prepare ne&amp;xt year…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Préparation du carnet de l&apos;année suivante…</source>
        <translation>Preparing next year&apos;s record book…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Le carnet de l&apos;année suivante est prêt.</source>
        <translation>Next year&apos;s record book is ready.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir le nouveau carnet</source>
        <translation>Open the new record book</translation>
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
        <location filename="../../ui/grid/view.py" line="+139"/>
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
        <location line="-23"/>
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
        <location line="+45"/>
        <source>1 observation importée (Ctrl+Z pour annuler).</source>
        <translation>1 observation imported (Ctrl+Z to undo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} observations importées (Ctrl+Z pour annuler).</source>
        <translation>{n} observations imported (Ctrl+Z to undo).</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Un fichier CSV ou un tableur (xlsx, ods) avec les colonnes eleve, item, echelon, date et, si vous voulez, commentaire : l&apos;élève par son INE ou « NOM Prénom », le code de l&apos;objectif tel que la grille l&apos;affiche (L1-CE1.1), l&apos;échelon (1 à 4 ou son nom : Atteints, Acquis…), la date jj/mm/aaaa. Le fichier est vérifié en entier : une ligne fausse, et rien n&apos;est importé.</source>
        <translation>A CSV file or a spreadsheet (xlsx, ods) with the columns eleve, item, echelon, date and, if you wish, commentaire: the pupil by INE or “SURNAME First name”, the objective&apos;s code as the grid shows it (L1-CE1.1), the step (1 to 4 or its name: Atteints, Acquis…), the date dd/mm/yyyy. The whole file is checked: one wrong line, and nothing is imported.</translation>
    </message>
</context>
<context>
    <name>ObservationTableModel</name>
    <message>
        <location filename="../../ui/grid/model.py" line="+370"/>
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
        <location line="+12"/>
        <source>Objectif de {grades} : ne concerne pas un élève de {grade}.</source>
        <translation>Objective for {grades}: not for a pupil in {grade}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Aucune observation cette année.</source>
        <translation>No observations this year.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>… et {n} plus anciennes</source>
        <translation>… and {n} older ones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En gris : hors de la période affichée.</source>
        <translation>In grey: outside the period shown.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>décision de l&apos;enseignant : {step}</source>
        <translation>teacher&apos;s decision: {step}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>✎ décision de l&apos;enseignant pour {period} : {step}</source>
        <translation>✎ teacher&apos;s decision for {period}: {step}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n} observations cette année, dont {p} dans la période affichée</source>
        <translation>{n} observations this year, {p} of them in the period shown</translation>
    </message>
</context>
<context>
    <name>PeriodsPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="-346"/>
        <source>Les périodes de l&apos;année</source>
        <translation>The periods of the year</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+82"/>
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
    <message>
        <location line="-114"/>
        <source>Les périodes suivent le calendrier de votre académie ; corrigez-les si besoin.</source>
        <translation>The periods follow your académie&apos;s calendar; correct them if needed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Votre académie…</source>
        <translation>Your académie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Académie</source>
        <translation>Académie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Académie :</source>
        <translation>&amp;Académie:</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Aucune académie choisie : zone {zone} par défaut. {status}</source>
        <translation>No académie chosen: zone {zone} by default. {status}</translation>
    </message>
</context>
<context>
    <name>PreviewTableModel</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="+68"/>
        <source>date de naissance inconnue</source>
        <translation>date of birth unknown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Doublon possible : {name} est déjà dans la classe ({born}) ; vérifiez qu&apos;il ne s&apos;agit pas du même élève.</source>
        <translation>Possible duplicate: {name} is already in the class ({born}); check that this is not the same pupil.</translation>
    </message>
    <message>
        <location line="+58"/>
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
    <message>
        <location line="-59"/>
        <source>Niveau manquant : choisissez-le dans la colonne Niveau (double-clic).</source>
        <translation>Grade missing: choose it in the Grade column (double-click).</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>à choisir…</source>
        <translation>to choose…</translation>
    </message>
</context>
<context>
    <name>ProblemReport</name>
    <message>
        <location filename="../../ui/problem_report.py" line="+26"/>
        <source>Enregistrer le signalement</source>
        <translation>Save the problem report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fichiers texte (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Le signalement n&apos;a pas pu être enregistré : {reason}.</source>
        <translation>The problem report could not be saved: {reason}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Le signalement est enregistré dans « {path} ». Il ne contient aucune donnée d&apos;élève : joignez-le à votre message pour décrire le problème.</source>
        <translation>The problem report is saved in “{path}”. It holds no pupil data: attach it to your message describing the problem.</translation>
    </message>
</context>
<context>
    <name>PupilImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="-209"/>
        <source>Choisir une liste d&apos;élèves</source>
        <translation>Choose a pupil list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listes d&apos;élèves (*.csv *.txt *.xlsx *.ods);;CSV (*.csv *.txt);;Tableur (*.xlsx *.ods);;Tous les fichiers (*)</source>
        <translation>Pupil lists (*.csv *.txt *.xlsx *.ods);;CSV (*.csv *.txt);;Spreadsheet (*.xlsx *.ods);;All files (*)</translation>
    </message>
    <message>
        <location line="+251"/>
        <source>Importer une liste d&apos;élèves</source>
        <translation>Import a pupil list</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+13"/>
        <source>Importer seulement les lignes valides</source>
        <translation>Import only the valid rows</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Fichier : {name}</source>
        <translation>File: {name}</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location line="+38"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location line="+48"/>
        <source>{0} : {1} MCLM</source>
        <translation>{0}: {1} WCPM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>texte préparé</source>
        <translation>practised text</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Aucune appréciation pour l&apos;instant.</source>
        <translation>No report comments yet.</translation>
    </message>
    <message>
        <location line="-278"/>
        <source>Parcours de l&apos;année : les observations de chaque objectif</source>
        <translation>The year so far: the observations of each objective</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Parcours de l&apos;année, objectif par objectif</source>
        <translation>The year so far, objective by objective</translation>
    </message>
    <message>
        <location line="+238"/>
        <source>texte lu sans préparation</source>
        <translation>text read without preparation</translation>
    </message>
</context>
<context>
    <name>PupilReadings</name>
    <message>
        <location filename="../../ui/pupil_readings.py" line="+46"/>
        <source>Grille de lecture à voix haute…</source>
        <translation>Reading aloud grid…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grille de compréhension…</source>
        <translation>Comprehension grid…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lecture</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Résultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grilles et lectures de décodage de l&apos;élève</source>
        <translation>The pupil&apos;s grids and decoding readings</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choisissez d&apos;abord l&apos;élève qui a lu.</source>
        <translation>First choose the pupil who read.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Grilles et décodage : {0}</source>
        <translation>Grids and decoding: {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grilles et décodage</source>
        <translation>Grids and decoding</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lecture à voix haute</source>
        <translation>Reading aloud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compréhension</source>
        <translation>Comprehension</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Syllabes</source>
        <translation>Syllables</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pseudo-mots</source>
        <translation>Pseudo-words</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} {1} ({2} lus, {3} erreurs, {4} s)</source>
        <translation>{0} {1} ({2} read, {3} errors, {4} s)</translation>
    </message>
</context>
<context>
    <name>PupilTimelineTableModel</name>
    <message>
        <location filename="../../ui/pupil_models.py" line="+92"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observations, de la plus ancienne à la plus récente</source>
        <translation>Observations, from oldest to newest</translation>
    </message>
    <message>
        <location line="+53"/>
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
    <message>
        <location line="-39"/>
        <source>✎ décision de l&apos;enseignant pour {0} : {1}</source>
        <translation>✎ teacher&apos;s decision for {0}: {1}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Observation d&apos;une année passée : elle ne compte pas dans les bilans de cette année.</source>
        <translation>Observation of a past year: it does not count in this year&apos;s reports.</translation>
    </message>
</context>
<context>
    <name>PupilsPage</name>
    <message>
        <location filename="../../ui/wizard.py" line="+59"/>
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
        <location line="+116"/>
        <source>Niveau</source>
        <translation>Year group</translation>
    </message>
    <message>
        <location line="-109"/>
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
        <location line="+26"/>
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
        <location filename="../../ui/carnet_dialogs.py" line="+197"/>
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
    <name>ReadingGridDialog</name>
    <message>
        <location filename="../../ui/reading_grid_dialog.py" line="+51"/>
        <source>Grille de lecture à voix haute</source>
        <translation>Reading aloud grid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grille de compréhension</source>
        <translation>Comprehension grid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Titre du texte lu</source>
        <translation>Title of the text read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>texte préparé</source>
        <translation>practised text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Texte</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Niveau pour chaque critère (touches 1 à 4)</source>
        <translation>Level for each criterion (keys 1 to 4)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0}, niveau {1}</source>
        <translation>{0}, level {1}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Règle des bilans : la moyenne des niveaux des critères d&apos;un objectif, arrondie au niveau le plus proche, donne l&apos;échelon — 1 Non atteints, 2 Partiellement atteints, 3 Atteints, 4 Dépassés — sauf si vous avez observé ou décidé cet objectif vous-même.</source>
        <translation>Rule of the syntheses: the mean of the levels of an objective&apos;s criteria, rounded to the nearest level, gives the step — 1 Not met, 2 Partly met, 3 Met, 4 Exceeded — unless you observed or decided that objective yourself.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Commentaire (facultatif)</source>
        <translation>Comment (optional)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>La date du {0} est après aujourd&apos;hui : une grille se note le jour de la lecture. Corrigez la date ; rien n&apos;a été enregistré.</source>
        <translation>{0} is after today: a grid is noted on the day of the reading. Correct the date; nothing was saved.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../progression/wording/merge.py" line="+6"/>
        <source>Ajouté : {counts}.</source>
        <translation>Added: {counts}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mis à jour : {counts}.</source>
        <translation>Updated: {counts}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réglages repris de la copie : {n}.</source>
        <translation>Settings taken from the copy: {n}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rien de nouveau dans la copie : ce carnet contient déjà tout ce qu&apos;elle contient.</source>
        <translation>Nothing new in the copy: this record book already holds everything it holds.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Effacés définitivement dans la copie mais encore ici : {names}. Effacez-les aussi dans ce carnet (Élèves › Effacer définitivement un élève).</source>
        <translation>Erased for good in the copy but still here: {names}. Erase them in this record book too (Pupils › Erase a pupil for good).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} observation</source>
        <translation>{n} observation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} observations</source>
        <translation>{n} observations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} mesure de fluence</source>
        <translation>{n} fluency measure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} mesures de fluence</source>
        <translation>{n} fluency measures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} appréciation</source>
        <translation>{n} report comment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} appréciations</source>
        <translation>{n} report comments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} décision</source>
        <translation>{n} decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} décisions</source>
        <translation>{n} decisions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} élève</source>
        <translation>{n} pupil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} élèves</source>
        <translation>{n} pupils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} item</source>
        <translation>{n} item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} items</source>
        <translation>{n} items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} autre donnée</source>
        <translation>{n} other record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} autres données</source>
        <translation>{n} other records</translation>
    </message>
    <message>
        <location filename="../../progression/wording/backup.py" line="+5"/>
        <source>{day} à {hour} ({occasion}, {pupils} élèves, {observations} observations)</source>
        <translation>{day} at {hour} ({occasion}, {pupils} pupils, {observations} observations)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day} à {hour} ({occasion}, illisible)</source>
        <translation>{day} at {hour} ({occasion}, unreadable)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{occasion}, date dans le futur : l&apos;horloge de l&apos;ordinateur était en avance</source>
        <translation>{occasion}, date in the future: the computer&apos;s clock was fast</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sauvegarde manuelle</source>
        <translation>manual backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sauvegarde du jour</source>
        <translation>daily backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>à la fermeture</source>
        <translation>on closing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avant mise à jour</source>
        <translation>before an update</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avant import</source>
        <translation>before an import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avant fusion</source>
        <translation>before a merge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>archive de fin d&apos;année</source>
        <translation>end-of-year archive</translation>
    </message>
    <message>
        <location filename="../../progression/wording/handover.py" line="+7"/>
        <source>Carnet de l&apos;année {year} créé : {path} (classe « {label} », {count} élèves).</source>
        <translation>Carnet of the year {year} created: {path} (class “{label}”, {count} pupils).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  {name} : {before} → {after}</source>
        <translation>  {name}: {before} → {after}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Historique repris de l&apos;année passée : {observations} observations, {readings} lectures chronométrées, {grids} grilles de lecture, {decisions} décisions et appréciations, {code} relevés du code, {works} œuvres lues.</source>
        <translation>History taken from last year: {observations} observations, {readings} timed readings, {grids} reading grids, {decisions} decisions and comments, {code} code marks, {works} works read.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/carnet_dialogs.py" line="-189"/>
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
        <location filename="../../ui/export_files.py" line="+24"/>
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
        <location filename="../../ui/server_sync.py" line="+117"/>
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
        <location line="+29"/>
        <source>Synchronisation en cours…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synchronisation avec le serveur de l&apos;école…</source>
        <translation>Syncing with the school server…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Synchronisé : {sent} ligne(s) envoyée(s), {received} reçue(s).</source>
        <translation>Synced: {sent} row(s) sent, {received} received.</translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message>
        <location filename="../../ui/toolbar.py" line="+45"/>
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
        <location line="+4"/>
        <source>A&amp;ctivité :</source>
        <translation>A&amp;ctivity:</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>du {first} au {last}</source>
        <translation>{first} to {last}</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Date après aujourd&apos;hui</source>
        <translation>Date after today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le {0} est après aujourd&apos;hui. Noter quand même des observations à cette date ?</source>
        <translation>{0} is after today. Record observations on that date anyway?</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>⚠ après aujourd&apos;hui</source>
        <translation>⚠ after today</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Les observations seront datées du {0}, après aujourd&apos;hui : choisissez la date du jour où elles ont été faites.</source>
        <translation>The observations will be dated {0}, after today: choose the day they were made.</translation>
    </message>
</context>
<context>
    <name>StepPicker</name>
    <message>
        <location filename="../../ui/grid/picker.py" line="+77"/>
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
        <source>Touches 1 à {n} et 0 · Entrée : l&apos;échelon encadré · Échap pour fermer</source>
        <translation>Keys 1 to {n} and 0 · Enter: the framed step · Esc to close</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../ui/server_sync.py" line="-137"/>
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
        <location filename="../../ui/synthesis_panel.py" line="+71"/>
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
        <location line="+24"/>
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
        <location line="+253"/>
        <source>Appréciation</source>
        <translation>Report comment</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>Choisissez un élève dans le tableau.</source>
        <translation>Choose a pupil in the table.</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+5"/>
        <source>Pour « Meilleures observations » : combien en garder.</source>
        <translation>For “Best observations”: how many to keep.</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+176"/>
        <source>Revenir au calcul</source>
        <translation>Back to the calculation</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Appréciation de {0} — {1}</source>
        <translation>Report comment for {0} — {1}</translation>
    </message>
    <message>
        <location line="+35"/>
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
    <message>
        <location line="-221"/>
        <source>Décider pour un objectif :</source>
        <translation>Decide on an objective:</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Ne compter que les N dernières observations de chaque objectif (0 = toutes).</source>
        <translation>Only count the latest N observations of each objective (0 = all).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Observations comptées par objectif</source>
        <translation>Observations counted per objective</translation>
    </message>
    <message>
        <location line="+243"/>
        <source>{0} / {1} caractères</source>
        <translation>{0} / {1} characters</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LSU : encore {0} sur {1}</source>
        <translation>LSU: {0} left of {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LSU : {0} de trop ({1} au plus pour le LSU)</source>
        <translation>LSU: {0} too many ({1} at most for the LSU)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> — trop longue, pas enregistrée</source>
        <translation> — too long, not saved</translation>
    </message>
</context>
<context>
    <name>SynthesisTableModel</name>
    <message>
        <location filename="../../ui/synthesis_model.py" line="+151"/>
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
        <location line="+7"/>
        <source>D&apos;après la grille du code ({0} relevé(s)) : {1}</source>
        <translation>From the phonics grid ({0} mark(s)): {1}</translation>
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
        <location line="+9"/>
        <source>Objectif {0} d&apos;après la grille du code : {1}</source>
        <translation>Objective {0} from the phonics grid: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cliquez pour retenir un autre positionnement.</source>
        <translation>Click to choose another assessment.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>✎ décision de l&apos;enseignant sur l&apos;objectif {0} : {1}</source>
        <translation>✎ teacher&apos;s decision on objective {0}: {1}</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>D&apos;après la dernière lecture de fluence ({0} lecture(s)) face à l&apos;objectif officiel de fin d&apos;année : {1}</source>
        <translation>From the latest fluency reading ({0} reading(s)) against the official end-of-year target: {1}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>de lecture à voix haute</source>
        <translation>for reading aloud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>de compréhension</source>
        <translation>for comprehension</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} : {1}, d&apos;après la dernière grille {2} (moyenne des critères de l&apos;objectif arrondie au niveau le plus proche)</source>
        <translation>{0}: {1}, from the latest grid {2} (mean of the objective&apos;s criteria rounded to the nearest level)</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../ui/words.py" line="+60"/>
        <source>Le fichier n&apos;a pas pu être lu ou écrit : {reason}.</source>
        <translation>The file could not be read or written: {reason}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Une erreur inattendue a interrompu l&apos;opération : {error}</source>
        <translation>An unexpected error stopped the operation: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="+102"/>
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
    <name>WorksPanel</name>
    <message>
        <location filename="../../ui/works_panel.py" line="+94"/>
        <source>album</source>
        <translation>picture book</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>roman</source>
        <translation>novel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>conte</source>
        <translation>tale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fable</source>
        <translation>fable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>poésie</source>
        <translation>poetry</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>théâtre</source>
        <translation>play</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>documentaire</source>
        <translation>non-fiction</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bande dessinée</source>
        <translation>comic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lu seul</source>
        <translation>read alone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lu avec aide</source>
        <translation>read with help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lu à voix haute par l&apos;enseignant(e)</source>
        <translation>read aloud by the teacher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seul</source>
        <translation>alone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>avec aide</source>
        <translation>with help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>par l&apos;enseignant(e)</source>
        <translation>by the teacher</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Titre de l&apos;œuvre</source>
        <translation>Title of the book</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auteur (facultatif)</source>
        <translation>Author (optional)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ajouter à la liste (Entrée)</source>
        <translation>Add to the list (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corriger l&apos;œuvre choisie</source>
        <translation>Correct the chosen book</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Auteur</source>
        <translation>Author</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <location line="+47"/>
        <source>Genre</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Lu par</source>
        <translation>Read by</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Liste de lecture de la classe</source>
        <translation>The class&apos;s reading list</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Retirer de la liste</source>
        <translation>Remove from the list</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Élèves de la classe</source>
        <translation>Pupils of the class</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Toute la classe</source>
        <translation>The whole class</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Marquer comme lu (Ctrl+Entrée)</source>
        <translation>Mark as read (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Qui l&apos;a lu</source>
        <translation>Who read it</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Manière de lire</source>
        <translation>Way of reading</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Œuvre</source>
        <translation>Book</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lu</source>
        <translation>Read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réponse</source>
        <translation>Response</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+239"/>
        <source>Lectures de l&apos;élève</source>
        <translation>The pupil&apos;s readings</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>Une phrase de l&apos;élève sur l&apos;œuvre, puis Entrée</source>
        <translation>A sentence of the pupil&apos;s about the book, then Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retirer cette lecture</source>
        <translation>Remove this reading</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ce qu&apos;en dit l&apos;élève</source>
        <translation>What the pupil says of it</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Date de la lecture</source>
        <translation>Date of the reading</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>{0} élève</source>
        <translation>{0} pupil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} élèves</source>
        <translation>{0} pupils</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} œuvre</source>
        <translation>{0} book</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} œuvres</source>
        <translation>{0} books</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} ({1}) — {2}</source>
        <translation>{0} ({1}) — {2}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>au moins {0}</source>
        <translation>at least {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · repère : {0}</source>
        <translation> · benchmark: {0}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>« {0} » ajouté à la liste : choisissez les élèves qui l&apos;ont lu.</source>
        <translation>“{0}” added to the list: choose the pupils who read it.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choisissez une œuvre dans la liste de lecture.</source>
        <translation>Choose a book in the reading list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; : sélectionnez les élèves qui l&apos;ont lu (Ctrl ou Maj + clic)</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;: select the pupils who read it (Ctrl or Shift + click)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choisissez d&apos;abord l&apos;œuvre lue dans la liste de lecture.</source>
        <translation>First choose the book read in the reading list.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>La date du {0} est après aujourd&apos;hui : notez une lecture le jour où elle a eu lieu. Corrigez la date ; rien n&apos;a été enregistré.</source>
        <translation>{0} is after today: note a reading on the day it took place. Correct the date; nothing was recorded.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>« {0} » noté comme lu pour {1}.</source>
        <translation>“{0}” noted as read for {1}.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choisissez un élève dans la liste pour voir ses lectures.</source>
        <translation>Choose a pupil in the list to see their readings.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lectures de {0}</source>
        <translation>Readings of {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} œuvre lue depuis la rentrée</source>
        <translation>{0} book read since the start of the year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} œuvres lues depuis la rentrée</source>
        <translation>{0} books read since the start of the year</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} à {1} œuvres dans l&apos;année</source>
        <translation>{0} to {1} books in the year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>au moins {0} œuvres dans l&apos;année</source>
        <translation>at least {0} books in the year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · repère du programme en {0} : {1}</source>
        <translation> · programme benchmark in {0}: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (chiffre à vérifier dans le texte officiel)</source>
        <translation> (figure to check in the official text)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Genres lus : {0}. Pas encore : {1}.</source>
        <translation>Kinds read: {0}. Not yet: {1}.</translation>
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
        <location line="+72"/>
        <source>Cette page n&apos;a pas pu s&apos;afficher.</source>
        <translation>This page could not be shown.</translation>
    </message>
</context>
</TS>
