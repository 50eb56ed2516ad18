using Sightline.Core.Protocols;

namespace Sightline.Interop.Policy;

/// <summary>A partnership's name and its protocol settings.</summary>
/// <param name="Partnership">The safeguarding partnership the policy belongs to.</param>
/// <param name="Settings">Its thresholds and local choices.</param>
public sealed record PartnershipPolicy(string Partnership, ProtocolSettings Settings);
