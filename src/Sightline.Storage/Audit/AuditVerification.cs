namespace Sightline.Storage.Audit;

/// <summary>What <see cref="AuditLog.VerifyAsync"/> found.</summary>
/// <param name="Intact">True when every entry's hash and link holds and the log ends where the chain head says.</param>
/// <param name="Entries">Entries checked and found good: the whole log when intact, those before the break otherwise.</param>
/// <param name="FirstBrokenSequence">The sequence of the first entry that is missing, changed or out of place; null when intact.</param>
/// <param name="Problem">What is wrong there, in words; null when intact.</param>
public sealed record AuditVerification(bool Intact, long Entries, long? FirstBrokenSequence, string? Problem);
