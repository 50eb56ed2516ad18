using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Sightline.Web.Api.Flags;

/// <summary>
/// Query parameters that an endpoint reads itself (so that it can report every problem with
/// them at once), described in the OpenAPI description with an example each.
/// </summary>
internal static class QueryParameters
{
    /// <summary>Describes the query parameters (name, what it is, an example) on the endpoint's operation.</summary>
    public static RouteHandlerBuilder WithQueryParameters(this RouteHandlerBuilder builder, params (string Name, string Description, string Example)[] parameters) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            foreach (var (name, description, example) in parameters)
            {
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = name,
                    In = ParameterLocation.Query,
                    Description = description,
                    Required = false,
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                    Example = JsonValue.Create(example),
                });
            }
            return Task.CompletedTask;
        });
}
