namespace ServiceDesk.Dialogs.Understanding;

// Whose thing a word names: a part said with the device that has it ("l'écran de mon iPhone"), what is fixed in a shared
// room ("the screen in the boardroom"), a general word for software beside a product's name ("the Teams app").
internal static partial class TopicReader
{
    /// <summary>Words that may stand between a setting word and the thing it sets ("in my Teams", "pendant la réunion").</summary>
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "my", "our", "your", "this", "that", "le", "la", "les", "l", "un", "une", "mon", "ma", "mes", "notre",
        "nos", "votre", "vos", "ce", "cette", "son", "sa", "des", "du",
    };

    /// <summary>Parts of a device: "l'écran de mon iPhone", "the keyboard of my laptop" are about the device that has them.</summary>
    private static readonly HashSet<string> Parts = new(StringComparer.Ordinal)
    {
        "screen", "screens", "ecran", "ecrans", "keyboard", "clavier", "battery", "batterie", "charger", "chargeur", "camera",
        "webcam", "micro", "microphone", "touchpad", "trackpad", "display", "speaker", "speakers", "haut", "port", "ports", "usb",
    };

    /// <summary>Devices that have parts: a part said right before one of them is that device's.</summary>
    private static readonly HashSet<string> Devices = new(StringComparer.Ordinal)
    {
        ServiceIds.Laptop, ServiceIds.Desktop, TopicCues.AnyComputer, ServiceIds.Mobile, ServiceIds.DeskPhone,
    };

    private static readonly HashSet<string> Of = new(StringComparer.Ordinal) { "of", "de", "du", "d", "on", "sur" };

    /// <summary>How a thing is said to be in a room: "in the boardroom", "de la salle", "dans la salle de réunion".</summary>
    private static readonly HashSet<string> RoomLinks = new(StringComparer.Ordinal) { "of", "de", "du", "d", "on", "sur", "in", "dans", "at" };

    /// <summary>Displays a room may have besides the parts of a device.</summary>
    private static readonly HashSet<string> RoomDisplays = new(StringComparer.Ordinal)
    {
        "monitor", "monitors", "moniteur", "hdmi", "displayport", "dock", "docking", "panel", "tablette", "tablet",
    };

    /// <summary>A general word for software beside a product's name ("l'appli Authenticator") is only its kind.</summary>
    private static readonly HashSet<string> SoftwareKinds = new(StringComparer.Ordinal)
    {
        "app", "appli", "application", "logiciel", "software", "program", "programme",
    };

    /// <summary>
    /// "l'écran de mon iPhone", "the battery of my laptop", "my laptop keyboard": a part said with the thing that has it
    /// is about that thing.
    /// </summary>
    private static bool PartOfAnother(IReadOnlyList<string> words, List<((string Category, string? Service, double Weight, bool Implied) Value, int Start, int Length)> spans, int start, int length, string category, string? service)
    {
        if (length != 1 || !Parts.Contains(words[start]))
        {
            return false;
        }

        if (spans.Any(s => s.Start + s.Length == start && (s.Value.Category != category || s.Value.Service != service) && !Parts.Contains(words[s.Start])))
        {
            return true;
        }

        // "my keyboard laptop", "le clavier portable": the part, then the device that has it.
        if (spans.Any(s => s.Start == start + 1 && Devices.Contains(s.Value.Service ?? string.Empty) && s.Value.Service != service))
        {
            return true;
        }

        var k = start + 1;
        if (k >= words.Count || !Of.Contains(words[k]))
        {
            return false;
        }

        k++;
        while (k < words.Count && k <= start + 3 && Determiners.Contains(words[k]))
        {
            k++;
        }

        return spans.Any(s => s.Start == k && (s.Value.Category != category || s.Value.Service != service) && !Parts.Contains(words[s.Start]));
    }

    /// <summary>
    /// "the screen in the boardroom", "l'écran tactile de la salle de réunion", "the meeting room camera": a part or a
    /// display fixed in a shared room is the room's, whatever the room is said with (of, in, on, de, dans), and one
    /// describing word may come between ("tactile", "main"). An employee's own device in a room stays theirs: only parts.
    /// </summary>
    private static bool GearOfARoom(IReadOnlyList<string> words, List<(bool Value, int Start, int Length)> rooms, int start, int length)
    {
        if (rooms.Count == 0 || length != 1 || !(Parts.Contains(words[start]) || RoomDisplays.Contains(words[start])))
        {
            return false;
        }

        if (rooms.Any(r => r.Start + r.Length == start))
        {
            return true;
        }

        var k = start + 1;
        if (k < words.Count && !RoomLinks.Contains(words[k]) && !Determiners.Contains(words[k]))
        {
            k++; // one describing word: "tactile", "principal", "main"
        }

        if (k >= words.Count || !RoomLinks.Contains(words[k]))
        {
            return false;
        }

        k++;
        while (k < words.Count && k <= start + 5 && Determiners.Contains(words[k]))
        {
            k++;
        }

        return rooms.Any(r => r.Start == k);
    }

    /// <summary>"l'appli Authenticator", "the Teams app": a general word for software next to a product's name.</summary>
    private static bool KindBesideProduct(IReadOnlyList<string> words, List<((string Category, string? Service, double Weight, bool Implied) Value, int Start, int Length)> spans, int start) =>
        SoftwareKinds.Contains(words[start])
        && spans.Any(s => s.Value.Service is not null && (s.Start == start + 1 || s.Start + s.Length == start) && !SoftwareKinds.Contains(words[s.Start]));
}
