using System.Runtime.CompilerServices;

namespace StreamFilter.Core.Detection.Text;

/// <summary>
/// A character set made of <see cref="AnchorBlock"/> classes. Walks are generic over a struct
/// implementing it (the pattern of Kestrel's parsers), so the set's mask is built inline per block
/// with no delegate or flags test.
/// </summary>
internal interface IAnchorSet
{
    static abstract ulong Members(in AnchorBlock block);
}

/// <summary>Characters of API tokens, base64/base64url blobs and dotted tokens: letters, digits and <c>_-+/=.~</c>.</summary>
internal readonly struct TokenBlobChars : IAnchorSet
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Members(in AnchorBlock block) => block.TokenBlob;
}

/// <summary>Characters of base64 and base64url secrets: letters, digits and <c>+/=_-</c>.</summary>
internal readonly struct Base64Chars : IAnchorSet
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Members(in AnchorBlock block) => block.TokenBlob & ~(block.Dot | block.Tilde);
}

/// <summary>Dashes alone: PEM armour lines are five of them.</summary>
internal readonly struct DashChars : IAnchorSet
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Members(in AnchorBlock block) => block.Dash;
}

/// <summary>Characters of IPv6 addresses: hex digits, ':' and '.' (an IPv4 tail).</summary>
internal readonly struct Ipv6AddressChars : IAnchorSet
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Members(in AnchorBlock block) => block.Digits | block.HexLetters | block.Colon | block.Dot;
}

/// <summary>'@' alone: the anchor of e-mail addresses.</summary>
internal readonly struct AtSigns : IAnchorSet
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Members(in AnchorBlock block) => block.At;
}
