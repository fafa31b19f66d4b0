using System.Buffers.Binary;
using System.Text;

namespace StreamFilter.Core.Sensitivity.Classification;

/// <summary>
/// The .sfm model format, little-endian:
/// magic "SFMD", u16 format version, u8 bucket bits, u8 min and u8 max char n-gram, u8 reserved,
/// u32 hash seed, u8 category count and each name (u8 length, UTF-8), u16 description length and
/// UTF-8 text, per category f32 bias then f32 threshold, u32 non-zero row count, then each non-zero row
/// as a LEB128 delta of its bucket index and one f32 weight per category; last a u64 FNV-1a checksum of
/// everything before it. Weights are stored exactly as the ML.NET trainer produced them (version 1 held
/// int8 weights, which made hot-path scores differ from the trainer's); all-zero rows (buckets no
/// training text used, or that L1 regularisation zeroed) are not stored.
/// </summary>
internal static class ModelFile
{
    public const ushort FormatVersion = 2;
    public const string ResourceName = "StreamFilter.Core.sensitivity.sfm";
    private static ReadOnlySpan<byte> Magic => "SFMD"u8;

    public static SensitivityModel LoadEmbedded()
    {
        using var stream = typeof(ModelFile).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new ModelFormatException($"the default sensitivity model is not embedded in StreamFilter.Core (resource {ResourceName}); train one with `streamfilter train` into models/sensitivity.sfm and rebuild");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Read(buffer.ToArray(), "embedded " + ResourceName);
    }

    public static SensitivityModel Load(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ModelFormatException($"cannot read sensitivity model {path}: {e.Message}", e);
        }
        return Read(bytes, path);
    }

    public static void Save(SensitivityModel model, string path)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null)
        {
            Directory.CreateDirectory(dir);
        }
        File.WriteAllBytes(path, Write(model));
    }

    public static byte[] Write(SensitivityModel model)
    {
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            var h = model.Featurizer.Options;
            var k = model.Categories.Count;
            w.Write(Magic);
            w.Write(FormatVersion);
            w.Write((byte)h.BucketBits);
            w.Write((byte)h.MinCharGram);
            w.Write((byte)h.MaxCharGram);
            w.Write((byte)0);
            w.Write(h.Seed);
            w.Write((byte)k);
            foreach (var name in model.Categories)
            {
                var bytes = Encoding.UTF8.GetBytes(name);
                w.Write((byte)bytes.Length);
                w.Write(bytes);
            }
            var description = Encoding.UTF8.GetBytes(model.Description);
            w.Write((ushort)Math.Min(description.Length, ushort.MaxValue));
            w.Write(description.AsSpan(0, Math.Min(description.Length, ushort.MaxValue)));
            for (var c = 0; c < k; c++)
            {
                w.Write(model.Bias[c]);
                w.Write(model.Thresholds.For(model.Categories[c]));
            }
            WriteRows(w, model.Weights, k);
        }
        var checksum = Fnv64(stream.GetBuffer().AsSpan(0, (int)stream.Length));
        Span<byte> tail = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(tail, checksum);
        stream.Write(tail);
        return stream.ToArray();
    }

    private static void WriteRows(BinaryWriter w, ReadOnlySpan<float> weights, int k)
    {
        var rows = weights.Length / k;
        var nonZero = 0u;
        for (var r = 0; r < rows; r++)
        {
            if (weights.Slice(r * k, k).ContainsAnyExcept(0f))
            {
                nonZero++;
            }
        }
        w.Write(nonZero);
        var previous = 0;
        for (var r = 0; r < rows; r++)
        {
            var row = weights.Slice(r * k, k);
            if (!row.ContainsAnyExcept(0f))
            {
                continue;
            }
            w.Write7BitEncodedInt(r - previous);
            previous = r;
            foreach (var q in row)
            {
                w.Write(q);
            }
        }
    }

    public static SensitivityModel Read(byte[] bytes, string origin)
    {
        if (bytes.Length < Magic.Length + 2 + 8 || !bytes.AsSpan(0, 4).SequenceEqual(Magic))
        {
            throw new ModelFormatException($"{origin} is not a StreamFilter sensitivity model (bad magic; expected an .sfm file)");
        }
        var version = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(4));
        if (version != FormatVersion)
        {
            throw new ModelFormatException($"{origin} has model format version {version}; this StreamFilter reads version {FormatVersion} only, retrain with `streamfilter train`");
        }
        var body = bytes.AsSpan(0, bytes.Length - 8);
        if (Fnv64(body) != BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(bytes.Length - 8)))
        {
            throw new ModelFormatException($"{origin} is corrupt (checksum mismatch)");
        }
        try
        {
            using var r = new BinaryReader(new MemoryStream(bytes, 6, body.Length - 6), Encoding.UTF8);
            return ReadBody(r);
        }
        catch (Exception e) when (e is EndOfStreamException or ArgumentException or FormatException or IndexOutOfRangeException)
        {
            throw new ModelFormatException($"{origin} is malformed: {e.Message}", e);
        }
    }

    private static SensitivityModel ReadBody(BinaryReader r)
    {
        var hashing = new HashingOptions(r.ReadByte(), r.ReadByte(), r.ReadByte(), 0);
        r.ReadByte();
        hashing = hashing with { Seed = r.ReadUInt32() };
        hashing.Validate();
        var k = r.ReadByte();
        var categories = new string[k];
        for (var c = 0; c < k; c++)
        {
            categories[c] = Encoding.UTF8.GetString(r.ReadBytes(r.ReadByte()));
        }
        var description = Encoding.UTF8.GetString(r.ReadBytes(r.ReadUInt16()));
        var bias = new float[k];
        var thresholds = new float[k];
        for (var c = 0; c < k; c++)
        {
            bias[c] = r.ReadSingle();
            thresholds[c] = r.ReadSingle();
        }
        var weights = new float[hashing.Buckets * k];
        var rows = r.ReadUInt32();
        var row = 0;
        for (var i = 0u; i < rows; i++)
        {
            row += r.Read7BitEncodedInt();
            for (var c = 0; c < k; c++)
            {
                weights[(row * k) + c] = r.ReadSingle();
            }
        }
        if (r.BaseStream.Position != r.BaseStream.Length)
        {
            throw new FormatException("trailing bytes after the weights");
        }
        return new SensitivityModel(hashing, categories, weights, bias, thresholds, description);
    }

    private static ulong Fnv64(ReadOnlySpan<byte> data)
    {
        var h = 14695981039346656037UL;
        foreach (var b in data)
        {
            h = (h ^ b) * 1099511628211UL;
        }
        return h;
    }
}
