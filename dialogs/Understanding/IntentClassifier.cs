namespace ServiceDesk.Dialogs.Understanding;

/// <summary>What the learned classifier reads in one message.</summary>
/// <param name="Intent">The most probable intent; <see cref="Intent.None"/> when the message has no feature the training lines had.</param>
/// <param name="Probability">Its probability (0 to 1).</param>
/// <param name="Second">The runner-up intent.</param>
/// <param name="SecondProbability">The runner-up's probability.</param>
/// <param name="Words">The message's words.</param>
/// <param name="KnownWords">How many of them the training lines had, as whole words.</param>
internal readonly record struct IntentGuess(Intent Intent, double Probability, Intent Second, double SecondProbability, int Words = 0, int KnownWords = 0)
{
    public static IntentGuess Nothing => new(Intent.None, 0, Intent.None, 0);
}

/// <summary>How the classifier learns (the defaults were chosen by cross-validation on the training lines).</summary>
/// <param name="Model">Multinomial logistic regression or multinomial naive Bayes.</param>
/// <param name="Epochs">Passes over the lines (logistic regression).</param>
/// <param name="LearningRate">The first pass's step; pass k takes LearningRate / (1 + k / 2).</param>
/// <param name="Seed">The order of the lines in each pass is shuffled with this seed: same lines, same model.</param>
/// <param name="Alpha">Naive Bayes: the count added to every feature of every intent (smoothing).</param>
/// <param name="KnowledgeWeight">
/// What a line of the knowledge questions weighs: they are all labelled <see cref="Intent.Question"/>, yet many state a
/// problem ("my disk is full") that a single message labels <see cref="Intent.ReportIncident"/>.
/// </param>
internal sealed record ClassifierOptions(
    ClassifierModel Model = ClassifierModel.NaiveBayes, int Epochs = 10, double LearningRate = 0.5, int Seed = 17, double Alpha = 0.03, double KnowledgeWeight = 1)
{
    public static ClassifierOptions Default { get; } = new();
}

internal enum ClassifierModel { LogisticRegression, NaiveBayes }

/// <summary>
/// A small linear classifier of single messages over <see cref="IntentFeatures"/>, trained from labelled lines in a
/// fixed order with a fixed seed (the same lines always give the same weights). Weights are one array, bucket-major,
/// so scoring a message reads its ~150 features' rows once: a few microseconds, nothing allocated.
/// </summary>
internal sealed class IntentClassifier
{
    /// <summary>The intents it can tell apart: every content intent. Ticket numbers and commands are the rules' alone.</summary>
    public static readonly Intent[] Classes =
    [
        Intent.ReportIncident, Intent.RequestAccess, Intent.MyTickets, Intent.TicketFollowUp, Intent.Question, Intent.Outage,
        Intent.Human, Intent.Help, Intent.Greeting, Intent.RequestSoftware, Intent.RequestHardware, Intent.NewStarter,
    ];

    private const int C = 12;

    [ThreadStatic]
    private static int[]? buffer;

    private readonly float[] weights;
    private readonly float[] bias;
    private readonly float[] perFeature;
    private readonly ulong[] known;
    private readonly ulong[] knownWords;
    private readonly bool normalised;

    private IntentClassifier(float[] weights, float[] bias, float[] perFeature, ulong[] known, ulong[] knownWords, bool normalised)
    {
        this.knownWords = knownWords;
        this.weights = weights;
        this.bias = bias;
        this.perFeature = perFeature;
        this.known = known;
        this.normalised = normalised;
    }

    /// <summary>Lines learned from.</summary>
    public int Examples { get; private init; }

    public static IntentClassifier Train(IEnumerable<(Intent Intent, string Text)> examples, ClassifierOptions? options = null) =>
        Train(examples.Select(e => (e.Intent, e.Text, 1f)), options);

    /// <summary>From the embedded lines, each weighed by its kind (<see cref="ClassifierOptions.KnowledgeWeight"/>).</summary>
    public static IntentClassifier Train(IEnumerable<IntentExample> examples, ClassifierOptions? options = null)
    {
        options ??= ClassifierOptions.Default;
        return Train(examples.Select(e => (e.Intent, e.Text, e.Source.Contains("knowledge-questions", StringComparison.Ordinal) ? (float)options.KnowledgeWeight : 1f)), options);
    }

    /// <summary>Each line weighs <c>Weight</c> (1: one line); lines of an intent it does not tell apart are skipped.</summary>
    public static IntentClassifier Train(IEnumerable<(Intent Intent, string Text, float Weight)> examples, ClassifierOptions? options = null)
    {
        options ??= ClassifierOptions.Default;
        var rows = new List<(int Label, int[] Features, float Weight)>();
        var known = new ulong[IntentFeatures.Buckets / 64];
        var knownWords = new ulong[IntentFeatures.WordBuckets / 64];
        var scratch = new int[IntentFeatures.MaxFeatures];
        foreach (var (intent, text, weight) in examples)
        {
            var label = Array.IndexOf(Classes, intent);
            var words = NeutralWords.Strip(TextFolding.Words(text));
            var count = label < 0 || weight <= 0 ? 0 : IntentFeatures.Extract(words, scratch, Asked(text));
            if (count == 0)
            {
                continue;
            }

            foreach (var word in words)
            {
                var bit = IntentFeatures.WordBucket(word);
                knownWords[bit >> 6] |= 1UL << (bit & 63);
            }

            var features = scratch[..count];
            foreach (var feature in features)
            {
                known[feature >> 6] |= 1UL << (feature & 63);
            }

            rows.Add((label, features, weight));
        }

        var weights = new float[IntentFeatures.Buckets * C];
        var bias = new float[C];
        var perFeature = new float[C];
        var naiveBayes = options.Model == ClassifierModel.NaiveBayes;
        if (naiveBayes)
        {
            TrainNaiveBayes(rows, weights, bias, perFeature, (float)options.Alpha);
        }
        else
        {
            TrainLogistic(rows, weights, bias, options);
        }

        return new IntentClassifier(weights, bias, perFeature, known, knownWords, !naiveBayes) { Examples = rows.Count };
    }

    /// <summary>The text has a question mark: the folded words no longer show it.</summary>
    public static bool Asked(string? text) => text?.Contains('?', StringComparison.Ordinal) == true;

    /// <summary>The most probable intent of already folded words; <see cref="IntentGuess.Nothing"/> when no feature was ever seen.</summary>
    /// <param name="words">The folded words.</param>
    /// <param name="asked">The text had a question mark (<see cref="Asked"/>).</param>
    public IntentGuess Predict(IReadOnlyList<string> words, bool asked = false)
    {
        // Urgency and who is affected say nothing of the intent (NeutralWords): the features are read without them.
        words = NeutralWords.Strip(words);
        var features = buffer ??= new int[IntentFeatures.MaxFeatures];
        var count = IntentFeatures.Extract(words, features, asked);
        Span<float> scores = stackalloc float[C];
        if (!Score(features.AsSpan(0, count), scores))
        {
            return IntentGuess.Nothing;
        }

        Softmax(scores);
        int best = 0, second = 1;
        if (scores[1] > scores[0])
        {
            (best, second) = (1, 0);
        }

        for (var c = 2; c < C; c++)
        {
            if (scores[c] > scores[best])
            {
                (best, second) = (c, best);
            }
            else if (scores[c] > scores[second])
            {
                second = c;
            }
        }

        var knownCount = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var bit = IntentFeatures.WordBucket(words[i]);
            knownCount += (knownWords[bit >> 6] & (1UL << (bit & 63))) != 0 ? 1 : 0;
        }

        return new IntentGuess(Classes[best], scores[best], Classes[second], scores[second], words.Count, knownCount);
    }

    /// <summary>The word was in a training line, whole (its hashed bucket was: a rare collision reads an unseen word as seen).</summary>
    public bool SawWord(string word)
    {
        var bit = IntentFeatures.WordBucket(word);
        return (knownWords[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    /// <summary>False when none of the features was seen in training: nothing to go on.</summary>
    private bool Score(ReadOnlySpan<int> features, Span<float> scores)
    {
        var seen = false;
        foreach (var feature in features)
        {
            seen |= (known[feature >> 6] & (1UL << (feature & 63))) != 0;
        }

        if (!seen)
        {
            return false;
        }

        scores.Clear();
        foreach (var feature in features)
        {
            var row = weights.AsSpan(feature * C, C);
            for (var c = 0; c < C; c++)
            {
                scores[c] += row[c];
            }
        }

        var value = normalised ? 1f / MathF.Sqrt(features.Length) : 1f;
        for (var c = 0; c < C; c++)
        {
            scores[c] = bias[c] + (value * (scores[c] + (features.Length * perFeature[c])));
        }

        return true;
    }

    private static void TrainLogistic(List<(int Label, int[] Features, float Weight)> rows, float[] weights, float[] bias, ClassifierOptions options)
    {
        var order = Enumerable.Range(0, rows.Count).ToArray();
        var random = new Lcg(options.Seed);
        Span<float> scores = stackalloc float[C];
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            // Fisher-Yates with our own generator: the same seed gives the same order on every runtime.
            for (var i = order.Length - 1; i > 0; i--)
            {
                var j = random.Next(i + 1);
                (order[i], order[j]) = (order[j], order[i]);
            }

            var rate = (float)(options.LearningRate / (1 + (epoch / 2.0)));
            foreach (var index in order)
            {
                var (label, features, weight) = rows[index];
                var value = 1f / MathF.Sqrt(features.Length);
                bias.CopyTo(scores);
                foreach (var feature in features)
                {
                    var row = weights.AsSpan(feature * C, C);
                    for (var c = 0; c < C; c++)
                    {
                        scores[c] += row[c] * value;
                    }
                }

                Softmax(scores);
                for (var c = 0; c < C; c++)
                {
                    // The gradient of the log-loss: how far each probability is from the label.
                    scores[c] = rate * weight * ((c == label ? 1f : 0f) - scores[c]);
                    bias[c] += scores[c] * 0.1f;
                }

                foreach (var feature in features)
                {
                    var row = weights.AsSpan(feature * C, C);
                    for (var c = 0; c < C; c++)
                    {
                        row[c] += scores[c] * value;
                    }
                }
            }
        }
    }

    /// <summary>
    /// Multinomial naive Bayes over distinct features: log P(f | intent) = log((count + alpha) / (total + alpha * buckets)),
    /// stored as log((count + alpha) / alpha), which is 0 for a feature never seen with that intent, plus a per-intent
    /// term for every feature of the message: only the counted cells are ever written.
    /// </summary>
    private static void TrainNaiveBayes(List<(int Label, int[] Features, float Weight)> rows, float[] weights, float[] bias, float[] perFeature, float alpha)
    {
        var totals = new float[C];
        var lines = new float[C];
        var all = 0f;
        foreach (var (label, features, weight) in rows)
        {
            lines[label] += weight;
            all += weight;
            foreach (var feature in features)
            {
                weights[(feature * C) + label] += weight;
                totals[label] += weight;
            }
        }

        for (var c = 0; c < C; c++)
        {
            bias[c] = MathF.Log((lines[c] + 1) / (all + C));
            perFeature[c] = MathF.Log(alpha / (totals[c] + (alpha * IntentFeatures.Buckets)));
        }

        // Each counted row is turned into log-ratios once (a bucket is shared by many lines).
        var done = new ulong[IntentFeatures.Buckets / 64];
        foreach (var (_, features, _) in rows)
        {
            foreach (var feature in features)
            {
                if ((done[feature >> 6] & (1UL << (feature & 63))) != 0)
                {
                    continue;
                }

                done[feature >> 6] |= 1UL << (feature & 63);
                var row = weights.AsSpan(feature * C, C);
                for (var c = 0; c < C; c++)
                {
                    row[c] = row[c] > 0 ? MathF.Log((row[c] + alpha) / alpha) : 0;
                }
            }
        }
    }

    private static void Softmax(Span<float> scores)
    {
        var max = float.MinValue;
        foreach (var s in scores)
        {
            max = Math.Max(max, s);
        }

        var sum = 0f;
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] = MathF.Exp(scores[c] - max);
            sum += scores[c];
        }

        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] /= sum;
        }
    }

    /// <summary>A fixed 64-bit linear congruential generator: System.Random's seeded sequence is not promised across versions.</summary>
    private struct Lcg(int seed)
    {
        private ulong state = (ulong)seed * 6364136223846793005UL + 1442695040888963407UL;

        public int Next(int bound)
        {
            state = (state * 6364136223846793005UL) + 1442695040888963407UL;
            return (int)((state >> 33) % (ulong)bound);
        }
    }
}
