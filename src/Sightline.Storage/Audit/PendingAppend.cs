namespace Sightline.Storage.Audit;

/// <summary>One caller's records waiting for their group to be committed, and the caller's wait.</summary>
/// <param name="Records">What to append, in order.</param>
internal sealed record PendingAppend(IReadOnlyList<AuditRecord> Records)
{
    /// <summary>Completed with the stored entries once committed; continuations run off the writer's thread.</summary>
    public TaskCompletionSource<IReadOnlyList<AuditEntry>> Written { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
