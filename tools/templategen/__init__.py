"""Generator of the congress document templates in templates/ (docxtpl tags in Word files).

Layout lives here (styles, header and signature tables, page numbers); every value comes from
congress_docs.context.build_context(). Shared building blocks are small modules (styles, ooxml,
builder, header, signature, tables, sections); each document is one module listed in registry.
"""
