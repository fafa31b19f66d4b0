namespace StreamFilter.Core.Security;

/// <summary>A 32-byte key and where it came from (said in logs; the key itself never is).</summary>
public sealed record LoadedKey(byte[] Key, string Source, bool Generated);
