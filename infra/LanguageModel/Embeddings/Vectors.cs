using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace ServiceDesk.Infra.LanguageModel.Embeddings;

/// <summary>Vector arithmetic and the forms vectors are kept in.</summary>
internal static class Vectors
{
    public static double Cosine(float[] a, float[] b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length != b.Length || a.Length == 0)
        {
            return 0;
        }

        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * (double)b[i];
            na += a[i] * (double)a[i];
            nb += b[i] * (double)b[i];
        }

        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }

    /// <summary>
    /// How close in meaning, from 0 (at or below <paramref name="floor"/>: unrelated as far as this model tells) to 1
    /// (the same meaning); the floor depends on the model.
    /// </summary>
    public static double Relevance(double cosine, double floor) => cosine <= floor ? 0 : Math.Min(1, (cosine - floor) / (1 - floor));

    public static byte[] ToBytes(float[] vector) => MemoryMarshal.AsBytes(vector.AsSpan()).ToArray();

    public static float[] FromBytes(byte[] bytes) => bytes.Length % sizeof(float) == 0 ? MemoryMarshal.Cast<byte, float>(bytes).ToArray() : [];

    /// <summary>What a vector was made from (the model and the exact text): a changed article or model gets a new one.</summary>
    public static string Hash(string model, string text) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(model + "\n" + text)))[..32];
}
