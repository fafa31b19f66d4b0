namespace StreamFilter.Core.Events;

/// <summary>
/// Why a line or message is not a valid event. <see cref="Reason"/> names fields and limits, never
/// values. The identity fields hold whatever was read before the failure (possibly nothing), so the
/// audit record of a rejected event can still name it.
/// </summary>
public readonly record struct EventParseError(string Reason, string? EventId, string? Type, string? UserId);
