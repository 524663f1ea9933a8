namespace ServiceDesk.Dialogs.Understanding;

// The phrases that ask about one of the employee's tickets ("any news", "ça avance", "has anyone looked") or add a
// comment to it ("add this to my ticket"); wordings no phrase lists are read by FollowUpSignals' kinds of words.
internal static partial class FollowUp
{
    /// <summary>True marks a comment to add ("add this to my ticket"); false a question about the ticket.</summary>
    private static PhraseIndex<bool> BuildAsks()
    {
        var index = new PhraseIndex<bool>();
        foreach (var phrase in (string[])
        [
            "any news", "any update", "any updates", "update on", "updates on", "an update", "news on", "news about", "status of my",
            "status of the", "still waiting", "still no news", "still no reply", "still no answer", "still no response",
            "still nothing on", "still nothing for", "has anyone looked", "anyone looked", "anyone look", "did anyone look",
            "did someone look", "did anyone check", "did someone check", "did anyone approve", "has someone looked",
            "is someone looking", "is anyone looking", "someone looking", "anyone looking", "i reported", "ive reported",
            "already reported", "i raised", "i filed", "ticket i opened", "i opened a ticket", "i opened last", "any progress",
            "progress on", "fixed yet", "approved yet", "done yet", "resolved yet", "is it fixed", "is it resolved", "is it done",
            "been fixed", "been resolved", "been approved", "who is handling", "whos handling", "what happened to my",
            "whats happening with the", "whats happening with my", "what is happening with", "followup", "follow up",
            "following up", "nobody got back", "no one got back", "got back to me", "heard back", "being worked on",
            "des nouvelles", "du nouveau", "ca avance", "ca en est", "en est ou", "ou en est", "ou en sont", "quelqu un a regarde",
            "quelqu un regarde", "quelqu un s en occupe", "qui s occupe", "toujours rien pour", "toujours pas de nouvelles",
            "toujours pas de reponse", "j attends toujours", "toujours en attente", "relance sur", "je relance", "petite relance",
            "que j ai signale", "j ai signale", "que j ai ouvert", "que j ai remonte", "j ai remonte", "sera traite",
            "sera traitee", "personne ne m a repondu", "personne n a repondu", "a valide", "statut de mon", "statut de ma",
            "il se passe quoi avec", "vous avez avance", "c est en cours", "des news",
            // Asked in other words: who works on it, is it looked at, approved, already reported.
            "whats up with my", "whats up with the", "what about my", "whats going on with", "what is going on with",
            "working on my", "anyone working on", "someone working on", "somebody working on", "being looked at",
            "looked at yet", "picked up my", "picked up the", "already opened", "already logged", "already raised",
            "already reported", "already created", "already submitted", "already sent", "approved the", "approved my",
            "approve my", "get approved", "got approved", "needs to approve", "has to approve", "who approves",
            "any eta", "eta on", "still open", "still pending", "personne n a regarde", "personne ne regarde",
            "personne ne s en occupe", "relance pour", "relance concernant", "relance au sujet", "deja ouvert",
            "deja signale", "deja fait un ticket", "deja fait une demande", "a ete validee", "a ete valide", "elle est validee",
            "est validee", "qui doit valider", "qui valide", "toujours ouvert", "toujours en cours", "du neuf",
            // Chasing, an assignment, an approval, a look asked for, in both languages.
            "pls chase", "please chase", "can you chase", "could you chase", "chasing my", "chasing the", "chase my",
            "chase the", "been assigned", "assigned yet", "anyone assigned", "someone assigned", "any movement",
            "being worked", "worked on yet", "being handled", "a approuve", "a ete approuve", "a ete approuvee",
            "est approuvee", "ete approuvee", "pu regarder", "avez vous regarde", "vous avez regarde", "pris en charge",
            "a ete pris", "pour relancer", "je vous relance", "je me permets de relancer", "relancer ma",
            "relancer mon", "any word on", "heard anything", "des infos sur", "ou ca en est",
        ])
        {
            index.Add(phrase, false);
        }

        foreach (var phrase in (string[])
        [
            "add this to my ticket", "add to my ticket", "add this to the ticket", "add to the ticket", "add a comment",
            "ajoutez a mon ticket", "ajoutez ca a mon ticket", "ajouter a mon ticket", "ajouter ca a mon ticket",
            "ajoutez au ticket", "ajoutez a ma demande",
            // Detail to add, said after the ticket is named ("about my vpn issue: it also drops at the hotel, pls add that").
            "pls add that", "please add that", "please add this", "pls add this", "can you add that", "can you add this",
            "add that to", "add this info", "ajouter une info", "ajouter une information", "ajoutez cette info",
            "rajouter a mon", "rajoutez a mon", "ajouter a ma demande", "je voudrais ajouter", "j aimerais ajouter",
        ])
        {
            index.Add(phrase, true);
        }

        return index;
    }
}
