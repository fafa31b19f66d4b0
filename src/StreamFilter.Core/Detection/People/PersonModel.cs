using System.Buffers.Binary;
using System.IO.Compression;

namespace StreamFilter.Core.Detection.People;

/// <summary>
/// The trained token classifier: an averaged perceptron over <see cref="PersonFeatures"/>, hashed
/// into 2^<see cref="Bits"/> weights. The shipped weights (Data/person-model.bin.gz) are written by
/// `streamfilter train-people`; only weights ship, never the training text.
/// File format, little-endian, gzip-compressed: magic "SFPM", u8 bits, u32 non-zero count, then each
/// non-zero weight as u32 index and f32 value.
/// </summary>
internal sealed class PersonModel
{
    public const int Bits = 18;
    public const uint Mask = (1u << Bits) - 1;
    private const string ResourceName = "StreamFilter.Core.People.person-model.bin.gz";

    private static readonly Lazy<PersonModel> Embedded = new(() =>
    {
        using var stream = EmbeddedData.Open(ResourceName);
        return Read(stream);
    });

    private readonly float[] _weights;

    public PersonModel(float[] weights)
    {
        if (weights.Length != 1 << Bits)
        {
            throw new ArgumentException($"expected {1 << Bits} weights", nameof(weights));
        }
        _weights = weights;
    }

    public static PersonModel Default => Embedded.Value;

    public float Margin(ReadOnlySpan<uint> features)
    {
        var sum = 0f;
        foreach (var f in features)
        {
            sum += _weights[f & Mask];
        }
        return sum;
    }

    /// <summary>
    /// Perceptron margins are unnormalised (tens of units); dividing by this before the logistic
    /// spreads them over 0-1, so an entity threshold between 0.5 and 0.9 trades recall for precision
    /// smoothly instead of acting as a step.
    /// </summary>
    public const float Temperature = 10f;

    /// <summary>The margin as a 0-1 score: 0.5 at the decision boundary.</summary>
    public static float Probability(float margin) => 1f / (1f + MathF.Exp(-margin / Temperature));

    public void Write(Stream output)
    {
        using var gz = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        Span<byte> b = stackalloc byte[8];
        gz.Write("SFPM"u8);
        gz.WriteByte(Bits);
        var count = _weights.Count(x => x != 0);
        BinaryPrimitives.WriteUInt32LittleEndian(b, (uint)count);
        gz.Write(b[..4]);
        for (var i = 0; i < _weights.Length; i++)
        {
            if (_weights[i] != 0)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(b, (uint)i);
                BinaryPrimitives.WriteSingleLittleEndian(b[4..], _weights[i]);
                gz.Write(b);
            }
        }
    }

    public static PersonModel Read(Stream input)
    {
        using var gz = new GZipStream(input, CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gz.CopyTo(buffer);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (bytes.Length < 9 || !bytes[..4].SequenceEqual("SFPM"u8) || bytes[4] != Bits)
        {
            throw new InvalidDataException("not a person model (magic SFPM, matching bit count)");
        }
        var count = BinaryPrimitives.ReadUInt32LittleEndian(bytes[5..]);
        if (bytes.Length != 9 + count * 8)
        {
            throw new InvalidDataException("person model is truncated");
        }
        var weights = new float[1 << Bits];
        for (var k = 0; k < count; k++)
        {
            var at = 9 + k * 8;
            var index = BinaryPrimitives.ReadUInt32LittleEndian(bytes[at..]);
            weights[index & Mask] = BinaryPrimitives.ReadSingleLittleEndian(bytes[(at + 4)..]);
        }
        return new PersonModel(weights);
    }
}
