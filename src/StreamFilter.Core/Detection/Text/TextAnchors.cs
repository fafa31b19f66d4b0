using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace StreamFilter.Core.Detection.Text;

/// <summary>
/// The character classes that detectors anchor on, as bit masks over a whole text (bit k of block b
/// is character 64b + k), computed in one vectorized pass per text by the engine and shared by every
/// detector. Before, each detector family walked the text with its own vector loop for its own
/// anchors: a dozen passes over the same characters, each paying its set-up and loop overhead.
/// </summary>
/// <remarks>
/// One instance per thread, reused: <see cref="ForEngine"/> and <see cref="ForStandalone"/> are
/// separate so a detector scanned on its own never overwrites the anchors of a text the engine is
/// still scanning on the same thread. Characters above U+007F belong to no ASCII class; they are
/// marked in <see cref="AnchorBlock.NonAscii"/> for walks whose rules treat them specially.
/// </remarks>
internal sealed partial class TextAnchors
{
    private const int BlockLength = 64;

    [ThreadStatic] private static TextAnchors? t_engine;
    [ThreadStatic] private static TextAnchors? t_standalone;

    /// <summary>Zero bytes kept after the last block, so look-ahead reads past the text need no bounds checks.</summary>
    public const int BytePadding = 32;

    private AnchorBlock[] _blocks = new AnchorBlock[16];

    // The text narrowed to bytes (see Narrow), one per character, then BytePadding zeros.
    private byte[] _bytes = new byte[16 * BlockLength + BytePadding];

    /// <summary>
    /// The shortest token the token detectors look for (known vendor tokens, JWTs, base64 secrets):
    /// 18 characters of <see cref="TokenBlobChars"/>.
    /// </summary>
    public const int MinTokenRun = 18;

    // Whether the text holds a run of MinTokenRun token characters: 0 not known yet, 1 no, 2 yes.
    private int _hasTokenRun;

    /// <summary>Length of the text the masks describe.</summary>
    public int Length { get; private set; }

    /// <summary>
    /// The text as bytes, one per character, ASCII kept and everything else 0x80-0xFF (above U+00FF,
    /// 0xFF), then zeros to the end of the last block and <see cref="BytePadding"/> more: what byte-wise
    /// vector filters (the context gate's prefix filter) read instead of narrowing the text again.
    /// </summary>
    public ReadOnlySpan<byte> Bytes => _bytes.AsSpan(0, Blocks.Length * BlockLength + BytePadding);

    /// <summary>One entry per 64 characters; the last one's bits past <see cref="Length"/> are clear.</summary>
    public ReadOnlySpan<AnchorBlock> Blocks => _blocks.AsSpan(0, (Length + BlockLength - 1) / BlockLength);

    /// <summary>The calling thread's instance for the engine, filled with <paramref name="text"/>'s masks.</summary>
    public static TextAnchors ForEngine(ReadOnlySpan<char> text) => (t_engine ??= new TextAnchors()).Fill(text);

    /// <summary>The calling thread's instance for a detector scanning on its own (tests, custom engines).</summary>
    public static TextAnchors ForStandalone(ReadOnlySpan<char> text) => (t_standalone ??= new TextAnchors()).Fill(text);

    /// <summary>True when any character of the text is above U+007F.</summary>
    public bool HasNonAscii
    {
        get
        {
            foreach (ref readonly var block in Blocks)
            {
                if (block.NonAscii != 0)
                {
                    return true;
                }
            }
            return false;
        }
    }

    /// <summary>
    /// Bits <paramref name="block"/>'s 64 positions of <paramref name="mask"/> moved down by one block
    /// position, with the first bit of the next block in the top: "the class holds the character after".
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Next(ulong mask, ulong nextBlockMask) => (mask >> 1) | (nextBlockMask << 63);

    /// <summary>"The class holds the character <paramref name="distance"/> (1-63) places after": <see cref="Next"/> generalised.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Ahead(ulong mask, ulong nextBlockMask, int distance) => (mask >> distance) | (nextBlockMask << (64 - distance));

    /// <summary>"The class holds the character before": <paramref name="mask"/> moved up, with the previous block's top bit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Previous(ulong mask, ulong previousBlockMask) => (mask << 1) | (previousBlockMask >> 63);

    private TextAnchors Fill(ReadOnlySpan<char> text)
    {
        var blocks = (text.Length + BlockLength - 1) / BlockLength;
        if (_blocks.Length < blocks)
        {
            _blocks = new AnchorBlock[Math.Max(blocks, _blocks.Length * 2)];
            _bytes = new byte[_blocks.Length * BlockLength + BytePadding];
        }
        _bytes.AsSpan(blocks * BlockLength, BytePadding).Clear();
        Length = text.Length;
        _hasTokenRun = 0;
        var full = text.Length / BlockLength;
        ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        ref var bytes = ref MemoryMarshal.GetArrayDataReference(_bytes);
        for (var b = 0; b < full; b++)
        {
            Classify(ref Unsafe.Add(ref first, b * BlockLength), ref _blocks[b], ref Unsafe.Add(ref bytes, b * BlockLength));
        }
        if (full < blocks)
        {
            // The tail goes through a zero-padded copy: NUL belongs to no class, so bits past the end stay clear.
            Span<ushort> tail = stackalloc ushort[BlockLength];
            tail.Clear();
            MemoryMarshal.Cast<char, ushort>(text[(full * BlockLength)..]).CopyTo(tail);
            Classify(ref MemoryMarshal.GetReference(tail), ref _blocks[full], ref Unsafe.Add(ref bytes, full * BlockLength));
        }
        return this;
    }

    private static void Classify(ref ushort chars, ref AnchorBlock block, ref byte narrowed)
    {
        if (Avx512BW.IsSupported)
        {
            // All 64 characters in one register: one compare per class.
            var bytes = Vector512.Create(Narrow(ref chars), Narrow(ref Unsafe.Add(ref chars, BlockLength / 2)));
            bytes.StoreUnsafe(ref narrowed);
            block.Digits = Vector512.LessThanOrEqual(bytes - Vector512.Create((byte)'0'), Vector512.Create((byte)9)).ExtractMostSignificantBits();
            var folded = (bytes | Vector512.Create((byte)0x20)) - Vector512.Create((byte)'a');
            block.Letters = Vector512.LessThanOrEqual(folded, Vector512.Create((byte)25)).ExtractMostSignificantBits();
            block.HexLetters = Vector512.LessThanOrEqual(folded, Vector512.Create((byte)5)).ExtractMostSignificantBits();
            block.NonAscii = bytes.ExtractMostSignificantBits();
            block.Dot = Is(bytes, '.');
            block.Colon = Is(bytes, ':');
            block.Dash = Is(bytes, '-');
            block.Plus = Is(bytes, '+');
            block.OpenParen = Is(bytes, '(');
            block.Underscore = Is(bytes, '_');
            block.Slash = Is(bytes, '/');
            block.EqualsSign = Is(bytes, '=');
            block.Tilde = Is(bytes, '~');
            block.At = Is(bytes, '@');
            block.TokenBlob = block.Letters | block.Digits | block.Underscore | block.Dash | block.Plus | block.Slash | block.EqualsSign | block.Dot | block.Tilde;
            return;
        }
        var low = Narrow(ref chars);
        var high = Narrow(ref Unsafe.Add(ref chars, BlockLength / 2));
        low.StoreUnsafe(ref narrowed);
        high.StoreUnsafe(ref narrowed, BlockLength / 2);
        block.Digits = Join(Digits(low), Digits(high));
        block.Letters = Join(Letters(low), Letters(high));
        block.HexLetters = Join(HexLetters(low), HexLetters(high));
        block.NonAscii = Join(low.ExtractMostSignificantBits(), high.ExtractMostSignificantBits());
        block.Dot = Join(Is(low, '.'), Is(high, '.'));
        block.Colon = Join(Is(low, ':'), Is(high, ':'));
        block.Dash = Join(Is(low, '-'), Is(high, '-'));
        block.Plus = Join(Is(low, '+'), Is(high, '+'));
        block.OpenParen = Join(Is(low, '('), Is(high, '('));
        block.Underscore = Join(Is(low, '_'), Is(high, '_'));
        block.Slash = Join(Is(low, '/'), Is(high, '/'));
        block.EqualsSign = Join(Is(low, '='), Is(high, '='));
        block.Tilde = Join(Is(low, '~'), Is(high, '~'));
        block.At = Join(Is(low, '@'), Is(high, '@'));
        block.TokenBlob = block.Letters | block.Digits | block.Underscore | block.Dash | block.Plus | block.Slash | block.EqualsSign | block.Dot | block.Tilde;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Is(Vector512<byte> bytes, char c) => Vector512.Equals(bytes, Vector512.Create((byte)c)).ExtractMostSignificantBits();

    /// <summary>32 characters as bytes, saturated: everything above U+00FF becomes 0xFF, so no non-ASCII character reads as ASCII.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<byte> Narrow(ref ushort chars)
    {
        if (Avx512BW.IsSupported)
        {
            return Avx512BW.ConvertToVector256ByteWithSaturation(Vector512.LoadUnsafe(ref chars));
        }
        var limit = Vector256.Create((ushort)0xFF);
        return Vector256.Narrow(
            Vector256.Min(Vector256.LoadUnsafe(ref chars), limit),
            Vector256.Min(Vector256.LoadUnsafe(ref chars, (nuint)Vector256<ushort>.Count), limit));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Join(uint low, uint high) => low | (ulong)high << 32;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Is(Vector256<byte> bytes, char c) => Vector256.Equals(bytes, Vector256.Create((byte)c)).ExtractMostSignificantBits();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Digits(Vector256<byte> bytes) =>
        Vector256.LessThanOrEqual(bytes - Vector256.Create((byte)'0'), Vector256.Create((byte)9)).ExtractMostSignificantBits();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint HexLetters(Vector256<byte> bytes) =>
        Vector256.LessThanOrEqual((bytes | Vector256.Create((byte)0x20)) - Vector256.Create((byte)'a'), Vector256.Create((byte)5)).ExtractMostSignificantBits();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Letters(Vector256<byte> bytes) =>
        Vector256.LessThanOrEqual((bytes | Vector256.Create((byte)0x20)) - Vector256.Create((byte)'a'), Vector256.Create((byte)25)).ExtractMostSignificantBits();
}
