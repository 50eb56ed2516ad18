namespace Sightline.Web.Tests.Fhir;

/// <summary>FHIR intake over PostgreSQL (./test.sh starts the server).</summary>
[Trait("Database", "PostgreSQL")]
public sealed class PostgreSqlFhirIntakeTests(PostgreSqlSite site) : FhirIntakeBehaviour(site), IClassFixture<PostgreSqlSite>;
