using System.Buffers.Binary;

namespace ServiceDesk.EndToEnd.Tests.TeamsApp;

/// <summary>Width, height and colour type from a PNG's signature and IHDR chunk.</summary>
internal sealed record PngHeader(int Width, int Height, int ColourType)
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

    public const int Rgba = 6;

    public static PngHeader Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 33 || !bytes.AsSpan(0, 8).SequenceEqual(Signature) || !bytes.AsSpan(12, 4).SequenceEqual("IHDR"u8))
        {
            throw new InvalidDataException($"{path} is not a PNG.");
        }

        return new PngHeader(
            BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)),
            BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)),
            bytes[25]);
    }
}
