using Sightline.Core.Intake;

namespace Sightline.Demo;

/// <summary>One generated family: its whole history as one intake batch, as if the agencies had sent it together.</summary>
/// <param name="Id">The family's id, e.g. <c>demo.f0042</c>; every person id starts with it.</param>
/// <param name="LocalAuthority">Where the family lived when its history began.</param>
/// <param name="Involvement">How far its story goes beyond universal services.</param>
/// <param name="Pattern">The review pattern planted in it, if any.</param>
/// <param name="Batch">Its agencies, persons, relationships, households and events.</param>
public sealed record DemoFamily(
    string Id,
    string LocalAuthority,
    Involvement Involvement,
    ReviewPattern? Pattern,
    IntakeBatch Batch);
