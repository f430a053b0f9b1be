<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>MigrationWizard</name>
    <message>
        <source>Offramp</source>
        <translation>Offramp</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Offramp cannot start</source>
        <translation>Offramp no puede iniciarse</translation>
    </message>
    <message>
        <source>Offramp’s built-in catalog is damaged (%1). Please download Offramp again.</source>
        <translation>El catálogo integrado de Offramp está dañado (%1). Descargue Offramp de nuevo.</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <source>What is on this computer</source>
        <translation>Qué hay en esta computadora</translation>
    </message>
    <message>
        <source>Offramp looks for Kaspersky products and what they left behind.</source>
        <translation>Offramp busca productos de Kaspersky y lo que hayan dejado atrás.</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>Progreso de la búsqueda</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Products found</source>
        <translation>Productos encontrados</translation>
    </message>
    <message>
        <source>Looking for Kaspersky products…</source>
        <translation>Buscando productos de Kaspersky…</translation>
    </message>
    <message>
        <source>Nothing was changed. You can close Offramp and try again, or ask for help.</source>
        <translation>No se cambió nada. Puede cerrar Offramp e intentarlo de nuevo, o pedir ayuda.</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <source>Leftovers only</source>
        <translation>Solo restos</translation>
    </message>
    <message>
        <source>Good news: no Kaspersky product was found on %1.</source>
        <translation>Buenas noticias: no se encontró ningún producto de Kaspersky en %1.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n product(s) on %1. Open a product to see where it was found.</source>
        <translation>
            <numerusform>Se encontró %n producto en %1. Abra un producto para ver dónde se encontró.</numerusform>
            <numerusform>Se encontraron %n productos en %1. Abra un producto para ver dónde se encontraron.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanTask</name>
    <message>
        <source>this computer</source>
        <translation>esta computadora</translation>
    </message>
    <message>
        <source>There is no demo computer named “%1”.</source>
        <translation>No hay ninguna computadora de demostración llamada «%1».</translation>
    </message>
    <message>
        <source>the demo computer “%1”</source>
        <translation>la computadora de demostración «%1»</translation>
    </message>
    <message>
        <source>The scan could not finish: %1</source>
        <translation>La búsqueda no pudo terminar: %1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Leave Kaspersky safely</source>
        <translation>Deje Kaspersky de forma segura</translation>
    </message>
    <message>
        <source>Offramp looks for Kaspersky on this computer and helps you replace it.</source>
        <translation>Offramp busca Kaspersky en esta computadora y le ayuda a reemplazarlo.</translation>
    </message>
    <message>
        <source>First, Offramp checks which Kaspersky products are on this computer.

Nothing is changed without your consent, and nothing you see here leaves this computer.</source>
        <translation>Primero, Offramp comprueba qué productos de Kaspersky hay en esta computadora.

No se cambia nada sin su consentimiento, y nada de lo que ve aquí sale de esta computadora.</translation>
    </message>
    <message>
        <source>This is a demonstration: Offramp reads the demo computer “%1” instead of this one.</source>
        <translation>Esto es una demostración: Offramp lee la computadora de demostración «%1» en lugar de esta.</translation>
    </message>
</context>
</TS>
