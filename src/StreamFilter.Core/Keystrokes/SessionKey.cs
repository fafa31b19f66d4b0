namespace StreamFilter.Core.Keystrokes;

/// <summary>Identifies one typing session: keys of different devices or sessions never mix.</summary>
public readonly record struct SessionKey(string DeviceId, string SessionId)
{
    public override string ToString() => $"{DeviceId}/{SessionId}";
}
