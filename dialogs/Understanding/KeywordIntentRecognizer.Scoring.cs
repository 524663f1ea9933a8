namespace ServiceDesk.Dialogs.Understanding;

/// <summary>The rules' scores: weighted cues and kinds of words summed per intent, the best one and its confidence.</summary>
internal sealed partial class KeywordIntentRecognizer
{
    private static void Score(IReadOnlyList<string> words, Span<double> scores, bool topicFound, bool isQuestion, FollowUp.Kind followUp)
    {
        foreach (var (intent, weight) in Cues.Matches(words))
        {
            scores[(int)intent] += weight;
        }

        if (topicFound)
        {
            scores[(int)Intent.ReportIncident] += TopicIncidentWeight;
        }

        if (!isQuestion && ErrorCodes.Any(words))
        {
            scores[(int)Intent.ReportIncident] += ErrorCodes.Weight;
        }

        // Kinds of words rather than phrases: equipment wished for ("I need a work phone", "il me faut un casque avec
        // micro"), someone new arriving ("my new developer starts Monday", "quelqu'un rejoint mon équipe").
        if (ServiceRequestCues.WishesEquipment(words))
        {
            scores[(int)Intent.RequestHardware] += ServiceRequestCues.WishedEquipmentWeight;
        }

        if (ServiceRequestCues.SomeoneArrives(words))
        {
            scores[(int)Intent.NewStarter] += ServiceRequestCues.ArrivalWeight;
        }

        // "Are there any ongoing incidents?", "y a un problème global ?": the state of the service for everyone, asked.
        if (ServiceState.IsAskedOf(words, isQuestion))
        {
            scores[(int)Intent.Outage] += ServiceState.Weight;
        }

        // "Is the VPN down?" asks about an outage; "the VPN is down, I can't work" reports one.
        scores[(int)Intent.Outage] *= isQuestion ? IntentShape.OutageAsked : IntentShape.OutageStated;
        if (isQuestion && IntentShape.AsksPermission(words))
        {
            scores[(int)Intent.Question] += IntentShape.PermissionWeight;
        }

        if (isQuestion && IntentShape.StartsWithQuestionWord(words))
        {
            scores[(int)Intent.Question] += IntentShape.QuestionWordWeight;
        }

        if (IntentShape.AsksOwnOpen(words))
        {
            scores[(int)Intent.MyTickets] += IntentShape.OwnOpenWeight;
        }

        switch (followUp)
        {
            case FollowUp.Kind.OneTicket:
                scores[(int)Intent.TicketFollowUp] += IntentShape.FollowUpWeight;
                break;
            case FollowUp.Kind.AskedAboutOneTicket or FollowUp.Kind.Comment:
                // Asking for news about something named is a follow-up however the problem is described.
                scores[(int)Intent.TicketFollowUp] += IntentShape.AskedFollowUpWeight;
                break;
            case FollowUp.Kind.List when NamedDay.Names(words):
                // "the ticket I opened tuesday": one ticket, named by its day.
                scores[(int)Intent.TicketFollowUp] += IntentShape.AskedFollowUpWeight;
                break;
            case FollowUp.Kind.List:
                scores[(int)Intent.MyTickets] += IntentShape.TicketListWeight;
                break;
        }
    }

    private static (Intent Best, double BestScore, double SecondScore) Best(ReadOnlySpan<double> scores)
    {
        var best = Intent.None;
        double bestScore = 0, secondScore = 0;
        foreach (var intent in Ranked)
        {
            var score = scores[(int)intent];
            if (score > bestScore)
            {
                (best, secondScore, bestScore) = (intent, bestScore, score);
            }
            else if (score > secondScore)
            {
                secondScore = score;
            }
        }

        return (best, bestScore, secondScore);
    }

    /// <summary>Strong evidence with a clear margin is near 0.95; a narrow win is near 0.3.</summary>
    private static double Confidence(double best, double second)
    {
        var strength = Math.Min(1, best / 6);
        var margin = (best - second) / best;
        return Math.Round(0.3 + (0.65 * strength * (0.5 + (0.5 * margin))), 2);
    }
}
