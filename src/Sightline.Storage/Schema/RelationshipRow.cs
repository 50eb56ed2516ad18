using Sightline.Core.Relationships;

namespace Sightline.Storage.Schema;

/// <summary>A relationship as stored in <c>relationships</c>; the whole row is its key.</summary>
internal sealed class RelationshipRow
{
    public required string FromPersonId { get; set; }

    public required string ToPersonId { get; set; }

    public RelationshipType Type { get; set; }
}
