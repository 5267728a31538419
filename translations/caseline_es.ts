<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_US" sourcelanguage="en_US">
<context>
    <name>QObject</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>caseline::AboutDialog</name>
    <message>
        <source>About Caseline</source>
        <translation>Acerca de Caseline</translation>
    </message>
    <message>
        <source>A case-timeline viewer for local immigration-enforcement policy.</source>
        <translation>Un visor de cronologías de casos sobre las políticas locales de control migratorio.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Caseline %1, built with Qt %2 (running %3), SQLite %4, Boost %5</source>
        <translation>Caseline %1, compilado con Qt %2 (en ejecución: %3), SQLite %4, Boost %5</translation>
    </message>
    <message>
        <source>Caseline is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY.</source>
        <translation>Caseline es software libre: puede redistribuirlo y/o modificarlo según los términos de la Licencia Pública General de GNU publicada por la Free Software Foundation, ya sea la versión 3 de la Licencia o (a su elección) cualquier versión posterior. Se distribuye con la esperanza de que sea útil, pero SIN NINGUNA GARANTÍA.</translation>
    </message>
    <message>
        <source>Caseline</source>
        <translation>Caseline</translation>
    </message>
    <message>
        <source>GNU General Public License, version 3 or later (GPL-3.0-or-later)</source>
        <translation>Licencia Pública General de GNU, versión 3 o posterior (GPL-3.0-or-later)</translation>
    </message>
    <message>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <source>GNU Lesser General Public License, version 3 (LGPL-3.0); the Qt Charts module under the GNU General Public License, version 3 (GPL-3.0)</source>
        <translation>Licencia Pública General Reducida de GNU, versión 3 (LGPL-3.0); el módulo Qt Charts, bajo la Licencia Pública General de GNU, versión 3 (GPL-3.0)</translation>
    </message>
    <message>
        <source>SQLite %1</source>
        <translation>SQLite %1</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>dominio público</translation>
    </message>
    <message>
        <source>Boost %1 (Date_Time)</source>
        <translation>Boost %1 (Date_Time)</translation>
    </message>
    <message>
        <source>Boost Software License, version 1.0 (BSL-1.0)</source>
        <translation>Boost Software License, versión 1.0 (BSL-1.0)</translation>
    </message>
    <message>
        <source>DejaVu fonts</source>
        <translation>Fuentes DejaVu</translation>
    </message>
    <message>
        <source>Bitstream Vera Fonts licence; DejaVu changes in the public domain</source>
        <translation>Licencia de las fuentes Bitstream Vera; los cambios de DejaVu, en el dominio público</translation>
    </message>
    <message>
        <source>The bundled sample case quotes five news articles for study and reporting; each event names its source.</source>
        <translation>El caso de ejemplo incluido cita cinco artículos de prensa con fines de estudio y de periodismo; cada evento indica su fuente.</translation>
    </message>
</context>
<context>
    <name>caseline::CaseActions</name>
    <message>
        <source>&amp;New Event…</source>
        <translation>&amp;Nuevo evento…</translation>
    </message>
    <message>
        <source>Add an event to a jurisdiction&apos;s lane</source>
        <translation>Agregar un evento al carril de una jurisdicción</translation>
    </message>
    <message>
        <source>&amp;Edit Event…</source>
        <translation>&amp;Editar evento…</translation>
    </message>
    <message>
        <source>Edit the selected event and its citations</source>
        <translation>Editar el evento seleccionado y sus citas</translation>
    </message>
    <message>
        <source>Start a new event from a copy of the selected one</source>
        <translation>Crear un evento nuevo a partir de una copia del seleccionado</translation>
    </message>
    <message>
        <source>&amp;Delete Event</source>
        <translation>Eli&amp;minar evento</translation>
    </message>
    <message>
        <source>Delete the selected events (undo brings them back)</source>
        <translation>Eliminar los eventos seleccionados (Deshacer los recupera)</translation>
    </message>
    <message>
        <source>New &amp;Jurisdiction…</source>
        <translation>Nueva &amp;jurisdicción…</translation>
    </message>
    <message>
        <source>Add a city, county, state or agency lane</source>
        <translation>Agregar el carril de una ciudad, condado, estado o agencia</translation>
    </message>
    <message>
        <source>Edit J&amp;urisdiction…</source>
        <translation>Editar ju&amp;risdicción…</translation>
    </message>
    <message>
        <source>Edit the selected event&apos;s jurisdiction</source>
        <translation>Editar la jurisdicción del evento seleccionado</translation>
    </message>
    <message>
        <source>Delete Jurisdiction</source>
        <translation>Eliminar jurisdicción</translation>
    </message>
    <message>
        <source>Delete the selected event&apos;s jurisdiction with all its events and periods</source>
        <translation>Eliminar la jurisdicción del evento seleccionado con todos sus eventos y períodos</translation>
    </message>
    <message>
        <source>New &amp;Policy Period…</source>
        <translation>Nuevo &amp;período de política…</translation>
    </message>
    <message>
        <source>Record a jurisdiction&apos;s stance over a period</source>
        <translation>Registrar la postura de una jurisdicción durante un período</translation>
    </message>
    <message>
        <source>Add an article, document or dataset to cite</source>
        <translation>Agregar un artículo, documento o conjunto de datos para citar</translation>
    </message>
    <message>
        <source>List, edit and delete the case&apos;s sources</source>
        <translation>Ver, editar y eliminar las fuentes del caso</translation>
    </message>
    <message>
        <source>Policy Peri&amp;ods…</source>
        <translation>Períod&amp;os de política…</translation>
    </message>
    <message>
        <source>List, edit and delete stances: of the selected event&apos;s jurisdiction, or all</source>
        <translation>Ver, editar y eliminar posturas: las de la jurisdicción del evento seleccionado, o todas</translation>
    </message>
    <message>
        <source>Delete %1 with all its events and policy periods? You can undo this.</source>
        <translation>¿Eliminar %1 con todos sus eventos y períodos de política? Puede deshacerlo.</translation>
    </message>
    <message>
        <source>Dup&amp;licate Event…</source>
        <translation>D&amp;uplicar evento…</translation>
    </message>
    <message>
        <source>Sour&amp;ces…</source>
        <translation>F&amp;uentes…</translation>
    </message>
    <message>
        <source>New Sourc&amp;e…</source>
        <translation>Nueva &amp;fuente…</translation>
    </message>
</context>
<context>
    <name>caseline::CaseDocument</name>
    <message>
        <source>Add event “%1”</source>
        <translation>Agregar el evento «%1»</translation>
    </message>
    <message>
        <source>Edit event “%1”</source>
        <translation>Editar el evento «%1»</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Eliminar evento</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n event(s)</source>
        <translation>
            <numerusform>Eliminar %n evento</numerusform>
            <numerusform>Eliminar %n eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>Add jurisdiction “%1”</source>
        <translation>Agregar la jurisdicción «%1»</translation>
    </message>
    <message>
        <source>Edit jurisdiction “%1”</source>
        <translation>Editar la jurisdicción «%1»</translation>
    </message>
    <message>
        <source>Delete jurisdiction</source>
        <translation>Eliminar jurisdicción</translation>
    </message>
    <message>
        <source>Add policy period</source>
        <translation>Agregar período de política</translation>
    </message>
    <message>
        <source>Edit policy period</source>
        <translation>Editar período de política</translation>
    </message>
    <message>
        <source>Delete policy period</source>
        <translation>Eliminar período de política</translation>
    </message>
    <message>
        <source>Add source “%1”</source>
        <translation>Agregar la fuente «%1»</translation>
    </message>
    <message>
        <source>Edit source “%1”</source>
        <translation>Editar la fuente «%1»</translation>
    </message>
    <message>
        <source>Delete source</source>
        <translation>Eliminar fuente</translation>
    </message>
    <message>
        <source>Add story “%1”</source>
        <translation>Agregar el reportaje «%1»</translation>
    </message>
    <message>
        <source>Edit story “%1”</source>
        <translation>Editar el reportaje «%1»</translation>
    </message>
    <message>
        <source>Delete story</source>
        <translation>Eliminar reportaje</translation>
    </message>
    <message>
        <source>No backup could be written, so nothing was deleted: %1</source>
        <translation>No se pudo escribir una copia de seguridad, así que no se eliminó nada: %1</translation>
    </message>
</context>
<context>
    <name>caseline::ChartAggregator</name>
    <message>
        <source>Events per 100,000 residents</source>
        <translation>Eventos por cada 100.000 habitantes</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Policy periods</source>
        <translation>Períodos de política</translation>
    </message>
    <message>
        <source>Jurisdictions by stance over time</source>
        <translation>Jurisdicciones por postura a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Jurisdictions in force</source>
        <translation>Jurisdicciones con la política vigente</translation>
    </message>
    <message>
        <source>Events per 100,000 residents by stance on the event&apos;s date</source>
        <translation>Eventos por cada 100.000 habitantes según la postura en la fecha del evento</translation>
    </message>
    <message>
        <source>Events by stance on the event&apos;s date</source>
        <translation>Eventos según la postura en la fecha del evento</translation>
    </message>
    <message>
        <source>Events around a jurisdiction&apos;s policy change</source>
        <translation>Eventos en torno al cambio de política de una jurisdicción</translation>
    </message>
    <message>
        <source>Events per jurisdiction (average)</source>
        <translation>Eventos por jurisdicción (promedio)</translation>
    </message>
    <message>
        <source>%1 (%2 jurisdictions)</source>
        <translation>%1 (%2 jurisdicciones)</translation>
    </message>
    <message>
        <source>Jurisdictions with the most events per 100,000 residents</source>
        <translation>Jurisdicciones con más eventos por cada 100.000 habitantes</translation>
    </message>
    <message>
        <source>Jurisdictions with the most events</source>
        <translation>Jurisdicciones con más eventos</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Years from the change (0 = the year it took effect)</source>
        <translation>Años desde el cambio (0 = el año en que entró en vigor)</translation>
    </message>
    <message>
        <source>Quarters from the change (0 = the quarter it took effect)</source>
        <translation>Trimestres desde el cambio (0 = el trimestre en que entró en vigor)</translation>
    </message>
    <message>
        <source>Months from the change (0 = the month it took effect)</source>
        <translation>Meses desde el cambio (0 = el mes en que entró en vigor)</translation>
    </message>
</context>
<context>
    <name>caseline::ChartCanvas</name>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Click a bar to show its events on the timeline; the table beside lists the same numbers</source>
        <translation>Haga clic en una barra para ver sus eventos en la línea de tiempo; la tabla de al lado muestra las mismas cifras</translation>
    </message>
</context>
<context>
    <name>caseline::ChartData</name>
    <message>
        <source>%1 policy periods, %2 jurisdictions</source>
        <translation>%1 períodos de política, %2 jurisdicciones</translation>
    </message>
    <message>
        <source>%1 events, %2 jurisdictions</source>
        <translation>%1 eventos, %2 jurisdicciones</translation>
    </message>
    <message>
        <source>excluded from rates (no population): %1</source>
        <translation>excluidas de las tasas (sin población): %1</translation>
    </message>
    <message>
        <source>%1 jurisdictions</source>
        <translation>%1 jurisdicciones</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Fuentes: %1</translation>
    </message>
    <message>
        <source>%1; and %2 more</source>
        <translation>%1; y %2 más</translation>
    </message>
</context>
<context>
    <name>caseline::ChartExporter</name>
    <message>
        <source>unknown format; use .pdf, .png or .svg</source>
        <translation>formato desconocido; use .pdf, .png o .svg</translation>
    </message>
    <message>
        <source>cannot write the PDF</source>
        <translation>no se puede escribir el PDF</translation>
    </message>
    <message>
        <source>cannot finish the PDF</source>
        <translation>no se puede terminar el PDF</translation>
    </message>
    <message>
        <source>cannot write the SVG</source>
        <translation>no se puede escribir el SVG</translation>
    </message>
    <message>
        <source>cannot finish the SVG</source>
        <translation>no se puede terminar el SVG</translation>
    </message>
    <message>
        <source>cannot write the PNG</source>
        <translation>no se puede escribir el PNG</translation>
    </message>
</context>
<context>
    <name>caseline::ChartPanel</name>
    <message>
        <source>Which comparison to draw</source>
        <translation>Qué comparación dibujar</translation>
    </message>
    <message>
        <source>Adoption over time</source>
        <translation>Adopción a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Events by stance</source>
        <translation>Eventos por postura</translation>
    </message>
    <message>
        <source>Event study around the change</source>
        <translation>Estudio de eventos en torno al cambio</translation>
    </message>
    <message>
        <source>Ranking of jurisdictions</source>
        <translation>Clasificación de jurisdicciones</translation>
    </message>
    <message>
        <source>Group dates by year, quarter or month</source>
        <translation>Agrupar las fechas por año, trimestre o mes</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>Por año</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>Por trimestre</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Por mes</translation>
    </message>
    <message>
        <source>Per 100,000 residents</source>
        <translation>Por cada 100.000 habitantes</translation>
    </message>
    <message>
        <source>Rates use each jurisdiction&apos;s population; those without one are listed as excluded</source>
        <translation>Las tasas usan la población de cada jurisdicción; las que no la tienen figuran como excluidas</translation>
    </message>
    <message>
        <source>Top </source>
        <translation>Primeras </translation>
    </message>
    <message>
        <source>How many jurisdictions the ranking shows</source>
        <translation>Cuántas jurisdicciones muestra la clasificación</translation>
    </message>
    <message>
        <source>± </source>
        <translation>± </translation>
    </message>
    <message>
        <source>Event study: how many bins before and after the change</source>
        <translation>Estudio de eventos: cuántos intervalos antes y después del cambio</translation>
    </message>
    <message>
        <source>Page size of PDF and PNG exports</source>
        <translation>Tamaño de página de las exportaciones PDF y PNG</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Horizontal</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> ppp</translation>
    </message>
    <message>
        <source>Resolution of PNG exports</source>
        <translation>Resolución de las exportaciones PNG</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the chart as PDF, PNG or SVG, with its caption</source>
        <translation>Guardar el gráfico como PDF, PNG o SVG, con su leyenda</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>Copiar imagen</translation>
    </message>
    <message>
        <source>Copy Numbers</source>
        <translation>Copiar cifras</translation>
    </message>
    <message>
        <source>Copy the table of numbers, tab-separated, for a spreadsheet</source>
        <translation>Copiar la tabla de cifras, separadas por tabulaciones, para una hoja de cálculo</translation>
    </message>
    <message>
        <source>Numbers behind the chart</source>
        <translation>Cifras del gráfico</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PDF (*.pdf);;Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>Gráfico guardado en %1</translation>
    </message>
    <message>
        <source>Chart copied</source>
        <translation>Gráfico copiado</translation>
    </message>
    <message>
        <source>Numbers copied</source>
        <translation>Cifras copiadas</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Date grouping</source>
        <translation>Agrupación de fechas</translation>
    </message>
    <message>
        <source>Jurisdictions ranked</source>
        <translation>Jurisdicciones en la clasificación</translation>
    </message>
    <message>
        <source>Bins before and after the change</source>
        <translation>Intervalos antes y después del cambio</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Tamaño de página</translation>
    </message>
    <message>
        <source>Page orientation of PDF and PNG exports</source>
        <translation>Orientación de página de las exportaciones PDF y PNG</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Print the chart with its caption</source>
        <translation>Imprimir el gráfico con su leyenda</translation>
    </message>
    <message>
        <source>Copy the chart as an image, to paste into a document</source>
        <translation>Copiar el gráfico como imagen, para pegarlo en un documento</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>The numbers the chart draws, one row per bar or point; Enter on a number shows its events, like a click on its bar</source>
        <translation>Las cifras que dibuja el gráfico, una fila por barra o punto; Intro sobre una cifra muestra sus eventos, como un clic en su barra</translation>
    </message>
    <message>
        <source>Counting the events for this chart…</source>
        <translation>Contando los eventos de este gráfico…</translation>
    </message>
    <message>
        <source>The chart could not be counted: %1</source>
        <translation>No se pudo contar el gráfico: %1</translation>
    </message>
    <message>
        <source>The chart is still being counted; try again once it shows.</source>
        <translation>El gráfico aún se está contando; vuelva a intentarlo cuando aparezca.</translation>
    </message>
    <message>
        <source>The chart is still being counted; export it once it shows.</source>
        <translation>El gráfico aún se está contando; expórtelo cuando aparezca.</translation>
    </message>
</context>
<context>
    <name>caseline::DocumentFile</name>
    <message>
        <source>the PDF is protected by a password</source>
        <translation>el PDF está protegido con contraseña</translation>
    </message>
    <message>
        <source>not a readable PDF</source>
        <translation>no es un PDF legible</translation>
    </message>
    <message>
        <source>reading was cancelled</source>
        <translation>se canceló la lectura</translation>
    </message>
    <message>
        <source>the PDF has no text layer (a scan?); run OCR on it first</source>
        <translation>el PDF no tiene capa de texto (¿es un escaneo?); aplíquele OCR primero</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>unsupported document type (use .txt, .md, .html or .pdf)</source>
        <translation>tipo de documento no admitido (use .txt, .md, .html o .pdf)</translation>
    </message>
    <message>
        <source>the document holds no text</source>
        <translation>el documento no contiene texto</translation>
    </message>
    <message>
        <source>Documents (*.txt *.md *.markdown *.html *.htm *.pdf);;All files (*)</source>
        <translation>Documentos (*.txt *.md *.markdown *.html *.htm *.pdf);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>caseline::EntityListDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Agregar…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
</context>
<context>
    <name>caseline::EventDetailsView</name>
    <message>
        <source>Event details</source>
        <translation>Detalles del evento</translation>
    </message>
    <message>
        <source>Select an event to see its details and sources.</source>
        <translation>Seleccione un evento para ver sus detalles y fuentes.</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 desde %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <source>Stance on that date</source>
        <translation>Postura en esa fecha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Sources (%1)</source>
        <translation>Fuentes (%1)</translation>
    </message>
    <message>
        <source>This event cites no source.</source>
        <translation>Este evento no cita ninguna fuente.</translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation>pág. %1</translation>
    </message>
    <message>
        <source>known to the year</source>
        <translation>se conoce hasta el año</translation>
    </message>
    <message>
        <source>known to the month</source>
        <translation>se conoce hasta el mes</translation>
    </message>
    <message>
        <source>known to the day</source>
        <translation>se conoce hasta el día</translation>
    </message>
</context>
<context>
    <name>caseline::EventEditorDialog</name>
    <message>
        <source>Edit Event</source>
        <translation>Editar evento</translation>
    </message>
    <message>
        <source>New Event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>separadas por comas</translation>
    </message>
    <message>
        <source>One per line: Name (role)</source>
        <translation>Una por línea: Nombre (función)</translation>
    </message>
    <message>
        <source>Your note, e.g. how the date was derived</source>
        <translation>Su nota, p. ej., cómo se dedujo la fecha</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Quote (verbatim)</source>
        <translation>Cita (textual)</translation>
    </message>
    <message>
        <source>Add Citation</source>
        <translation>Agregar cita</translation>
    </message>
    <message>
        <source>Remove Citation</source>
        <translation>Quitar cita</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction:</source>
        <translation>&amp;Jurisdicción:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation>Fecha de f&amp;in:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>Res&amp;umen:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>P&amp;ersonas:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Citations:</source>
        <translation>Citas:</translation>
    </message>
    <message>
        <source>The event needs a title.</source>
        <translation>El evento necesita un título.</translation>
    </message>
    <message>
        <source>Add a jurisdiction first: every event sits on one jurisdiction&apos;s lane.</source>
        <translation>Agregue primero una jurisdicción: cada evento va en el carril de una jurisdicción.</translation>
    </message>
    <message>
        <source>Date: %1.</source>
        <translation>Fecha: %1.</translation>
    </message>
    <message>
        <source>End date: %1.</source>
        <translation>Fecha de fin: %1.</translation>
    </message>
    <message>
        <source>The end date is before the date.</source>
        <translation>La fecha de fin es anterior a la fecha.</translation>
    </message>
    <message>
        <source>Citation %1: the page must be a positive number.</source>
        <translation>Cita %1: la página debe ser un número positivo.</translation>
    </message>
    <message>
        <source>Confirmed by the sources, disputed between them, or not yet verified</source>
        <translation>Confirmado por las fuentes, en disputa entre ellas o aún sin verificar</translation>
    </message>
    <message>
        <source>Words to group and filter events by, separated by commas</source>
        <translation>Palabras para agrupar y filtrar los eventos, separadas por comas</translation>
    </message>
    <message>
        <source>The sources this event rests on: the source, the page and the verbatim quote</source>
        <translation>Las fuentes en que se basa este evento: la fuente, la página y la cita textual</translation>
    </message>
    <message>
        <source>Cite one more source for this event</source>
        <translation>Citar otra fuente para este evento</translation>
    </message>
    <message>
        <source>Remove the selected citation</source>
        <translation>Quitar la cita seleccionada</translation>
    </message>
</context>
<context>
    <name>caseline::EventTableModel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Cited</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>The events could not be listed: %1</source>
        <translation>No se pudieron listar los eventos: %1</translation>
    </message>
</context>
<context>
    <name>caseline::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Every event in the case</source>
        <translation>Todos los eventos del caso</translation>
    </message>
    <message>
        <source>The events the filters show</source>
        <translation>Los eventos que muestran los filtros</translation>
    </message>
    <message>
        <source>A story:</source>
        <translation>Un reportaje:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>The file format to write</source>
        <translation>El formato del archivo que se escribirá</translation>
    </message>
    <message>
        <source>The story whose events to export, in its order</source>
        <translation>El reportaje cuyos eventos se exportarán, en su orden</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Reportaje</translation>
    </message>
</context>
<context>
    <name>caseline::FilterDescription</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>%1 jurisdictions</source>
        <translation>%1 jurisdicciones</translation>
    </message>
    <message>
        <source>stance: %1</source>
        <translation>postura: %1</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>etiquetas: %1</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>búsqueda «%1»</translation>
    </message>
    <message>
        <source>story “%1”</source>
        <translation>reportaje «%1»</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Todos los eventos</translation>
    </message>
</context>
<context>
    <name>caseline::FilterPanel</name>
    <message>
        <source>Search titles, summaries and quotes</source>
        <translation>Buscar en títulos, resúmenes y citas</translation>
    </message>
    <message>
        <source>Every word must occur; words match their beginnings (&quot;detain&quot; finds &quot;detained&quot;).</source>
        <translation>Deben aparecer todas las palabras; se buscan por su comienzo («deten» encuentra «detenido»).</translation>
    </message>
    <message>
        <source>YYYY[-MM[-DD]]</source>
        <translation>AAAA[-MM[-DD]]</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Tipos de evento</translation>
    </message>
    <message>
        <source>Jurisdictions</source>
        <translation>Jurisdicciones</translation>
    </message>
    <message>
        <source>Stance on the event&apos;s date</source>
        <translation>Postura en la fecha del evento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>comma-separated; any of them</source>
        <translation>separadas por comas; cualquiera de ellas</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <source>Only events on or after this date: a year, a month (YYYY-MM) or a day (YYYY-MM-DD)</source>
        <translation>Solo eventos en esta fecha o después: un año, un mes (AAAA-MM) o un día (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Only events on or before this date: a year, a month (YYYY-MM) or a day (YYYY-MM-DD)</source>
        <translation>Solo eventos en esta fecha o antes: un año, un mes (AAAA-MM) o un día (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Show only the checked types; Space checks the current one</source>
        <translation>Mostrar solo los tipos marcados; la barra espaciadora marca el actual</translation>
    </message>
    <message>
        <source>Show only the checked jurisdictions; Space checks the current one</source>
        <translation>Mostrar solo las jurisdicciones marcadas; la barra espaciadora marca la actual</translation>
    </message>
    <message>
        <source>Show only events in jurisdictions that had this stance on the event&apos;s date</source>
        <translation>Mostrar solo eventos de jurisdicciones que tenían esta postura en la fecha del evento</translation>
    </message>
    <message>
        <source>Show only events whose facts are confirmed, disputed or not yet verified</source>
        <translation>Mostrar solo eventos cuyos hechos están confirmados, en disputa o sin verificar</translation>
    </message>
    <message>
        <source>Show only events with at least one of these tags</source>
        <translation>Mostrar solo eventos con al menos una de estas etiquetas</translation>
    </message>
    <message>
        <source>Show every event again (Ctrl+Shift+L)</source>
        <translation>Volver a mostrar todos los eventos (Ctrl+Mayús+L)</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>T&amp;ypes (none checked: all):</source>
        <translation>Ti&amp;pos (ninguno marcado: todos):</translation>
    </message>
    <message>
        <source>&amp;Jurisdictions (none checked: all):</source>
        <translation>&amp;Jurisdicciones (ninguna marcada: todas):</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
</context>
<context>
    <name>caseline::ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2)</source>
        <translation>%1: no se puede leer el archivo (%2)</translation>
    </message>
    <message>
        <source>Detect from the content</source>
        <translation>Detectar por el contenido</translation>
    </message>
    <message>
        <source>First lines of the file</source>
        <translation>Primeras líneas del archivo</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>Leer como:</translation>
    </message>
    <message>
        <source>The file begins:</source>
        <translation>El archivo comienza así:</translation>
    </message>
    <message>
        <source>The first events as they will be imported:</source>
        <translation>Los primeros eventos tal como se importarán:</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>Problemas encontrados:</translation>
    </message>
    <message>
        <source>Read as %1: %2 events, %3 policy periods, %4 jurisdictions, %5 sources. Entries already in the case (same key, or a jurisdiction of the same name and state) are updated, not duplicated.</source>
        <translation>Leído como %1: %2 eventos, %3 períodos de política, %4 jurisdicciones, %5 fuentes. Las entradas que ya están en el caso (misma clave, o una jurisdicción con el mismo nombre y estado) se actualizan, no se duplican.</translation>
    </message>
    <message>
        <source>This file cannot be imported. Nothing will be changed.</source>
        <translation>Este archivo no se puede importar. No se cambiará nada.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguno.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>caseline::JurisdictionDialog</name>
    <message>
        <source>Edit Jurisdiction</source>
        <translation>Editar jurisdicción</translation>
    </message>
    <message>
        <source>New Jurisdiction</source>
        <translation>Nueva jurisdicción</translation>
    </message>
    <message>
        <source>two-letter code, e.g. KS</source>
        <translation>código de dos letras, p. ej., KS</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;County:</source>
        <translation>&amp;Condado:</translation>
    </message>
    <message>
        <source>&amp;FIPS code:</source>
        <translation>Código &amp;FIPS:</translation>
    </message>
    <message>
        <source>&amp;Population:</source>
        <translation>&amp;Población:</translation>
    </message>
    <message>
        <source>Population &amp;year:</source>
        <translation>&amp;Año de la población:</translation>
    </message>
    <message>
        <source>City, county, state, agency or federal level</source>
        <translation>Ciudad, condado, estado, agencia o nivel federal</translation>
    </message>
    <message>
        <source>The state&apos;s two-letter postal code; empty for a federal agency</source>
        <translation>El código postal de dos letras del estado; vacío para una agencia federal</translation>
    </message>
    <message>
        <source>The Census Bureau&apos;s FIPS code of the place or county, to match population data</source>
        <translation>El código FIPS de la Oficina del Censo para el lugar o el condado, para relacionarlo con datos de población</translation>
    </message>
    <message>
        <source>Residents, for per-capita charts; 0 when unknown</source>
        <translation>Habitantes, para los gráficos per cápita; 0 si se desconoce</translation>
    </message>
    <message>
        <source>The year the population was counted or estimated</source>
        <translation>El año en que se contó o estimó la población</translation>
    </message>
</context>
<context>
    <name>caseline::LanguageMenu</name>
    <message>
        <source>&amp;System Default</source>
        <translation>Predeterminado del &amp;sistema</translation>
    </message>
    <message>
        <source>Use this language from the next start</source>
        <translation>Usar este idioma a partir del próximo inicio</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Caseline.</source>
        <translation>El nuevo idioma se usará a partir del próximo inicio de Caseline.</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>I&amp;dioma</translation>
    </message>
</context>
<context>
    <name>caseline::MainWindow</name>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>Línea de &amp;tiempo</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Reportajes</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;abierto&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a case file</source>
        <translation>Abrir un archivo de caso</translation>
    </message>
    <message>
        <source>Open &amp;Sample Case</source>
        <translation>Abrir el caso de &amp;ejemplo</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import into the Case</source>
        <translation>Importar al caso</translation>
    </message>
    <message>
        <source>Importable files (*.csv *.json *.txt);;All files (*)</source>
        <translation>Archivos importables (*.csv *.json *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import events and stances: Caseline CSV/JSON, TimelineJS, ICE&apos;s 287(g) list, detainer-policy lists</source>
        <translation>Importar eventos y posturas: CSV/JSON de Caseline, TimelineJS, la lista 287(g) de ICE, listas de políticas sobre órdenes de retención (detainers)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Write the case, the filtered events or a story as CSV, JSON, TimelineJS, Markdown, HTML or iCalendar</source>
        <translation>Guardar el caso, los eventos filtrados o un reportaje como CSV, JSON, TimelineJS, Markdown, HTML o iCalendar</translation>
    </message>
    <message>
        <source>Open the bundled sample case, built from five news articles</source>
        <translation>Abrir el caso de ejemplo incluido, elaborado a partir de cinco artículos de prensa</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Add to &amp;Story…</source>
        <translation>Agregar al re&amp;portaje…</translation>
    </message>
    <message>
        <source>Add the selected events to the current story</source>
        <translation>Agregar los eventos seleccionados al reportaje actual</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>B&amp;orrar filtros</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Caso</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Caseline</source>
        <translation>&amp;Acerca de Caseline</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>&amp;Ver todo</translation>
    </message>
    <message>
        <source>&amp;Go to Date…</source>
        <translation>&amp;Ir a la fecha…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>&amp;Event Count</source>
        <translation>Número de e&amp;ventos</translation>
    </message>
    <message>
        <source>S&amp;tance</source>
        <translation>&amp;Postura</translation>
    </message>
    <message>
        <source>Show &amp;Hidden Lanes</source>
        <translation>&amp;Mostrar carriles ocultos</translation>
    </message>
    <message>
        <source>Go to Date</source>
        <translation>Ir a la fecha</translation>
    </message>
    <message>
        <source>Date (YYYY, YYYY-MM or YYYY-MM-DD):</source>
        <translation>Fecha (AAAA, AAAA-MM o AAAA-MM-DD):</translation>
    </message>
    <message>
        <source>Cannot create the sample case</source>
        <translation>No se puede crear el caso de ejemplo</translation>
    </message>
    <message>
        <source>Cannot open the case file</source>
        <translation>No se puede abrir el archivo de caso</translation>
    </message>
    <message>
        <source>Upgraded the case file; the original was kept as %1</source>
        <translation>Se actualizó el archivo de caso; el original se guardó como %1</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>El cambio no se guardó</translation>
    </message>
    <message>
        <source>Open Case File</source>
        <translation>Abrir archivo de caso</translation>
    </message>
    <message>
        <source>Case files (*.caseline);;All files (*)</source>
        <translation>Archivos de caso (*.caseline);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>New Story</source>
        <translation>Nuevo reportaje</translation>
    </message>
    <message>
        <source>Story name:</source>
        <translation>Nombre del reportaje:</translation>
    </message>
    <message>
        <source>My story</source>
        <translation>Mi reportaje</translation>
    </message>
    <message numerus="yes">
        <source>Added %n event(s) to the story</source>
        <translation>
            <numerusform>Se agregó %n evento al reportaje</numerusform>
            <numerusform>Se agregaron %n eventos al reportaje</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 eventos</translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation>%1 de %2 eventos</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Open or create a case first.</source>
        <translation>Abra o cree un caso primero.</translation>
    </message>
    <message>
        <source> This import is too large to undo; the case as it was is kept in %1.</source>
        <translation> Esta importación es demasiado grande para deshacerla; el caso tal como estaba se guardó en %1.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>The import was cancelled; the case file is unchanged.</source>
        <translation>Se canceló la importación; el archivo de caso no cambió.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 updated (%4 events, %5 policy periods).%6</source>
        <translation>Importado %1: %2 agregados, %3 actualizados (%4 eventos, %5 períodos de política).%6</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: no se puede escribir (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1</source>
        <translation>
            <numerusform>Se exportó %n evento a %1</numerusform>
            <numerusform>Se exportaron %n eventos a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cha&amp;rts</source>
        <translation>&amp;Gráficos</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Lector</translation>
    </message>
    <message>
        <source>Sources to Check</source>
        <translation>Fuentes por verificar</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;cargar</translation>
    </message>
    <message>
        <source>Reloaded %1</source>
        <translation>Se recargó %1</translation>
    </message>
    <message>
        <source>Show changes another window or program made to this case file</source>
        <translation>Mostrar los cambios que otra ventana u otro programa hizo en este archivo de caso</translation>
    </message>
    <message>
        <source>&amp;Read Sources</source>
        <translation>&amp;Leer fuentes</translation>
    </message>
    <message>
        <source>Open the reader: a source&apos;s text with every cited passage highlighted</source>
        <translation>Abrir el lector: el texto de una fuente con cada pasaje citado resaltado</translation>
    </message>
    <message>
        <source>About the &amp;Policies</source>
        <translation>Acerca de las &amp;políticas</translation>
    </message>
    <message>
        <source>Sanctuary ordinances, welcoming cities, detainers, 287(g) and Secure Communities in plain words</source>
        <translation>Ordenanzas santuario, ciudades acogedoras, órdenes de retención (detainers), 287(g) y Secure Communities en palabras sencillas</translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation>&amp;Bienvenida…</translation>
    </message>
    <message>
        <source>Open the sample case, a case file, or import into a new case</source>
        <translation>Abrir el caso de ejemplo o un archivo de caso, o importar a un caso nuevo</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>A backup of the case as it was is kept in %1</source>
        <translation>Se guardó una copia de seguridad del caso tal como estaba en %1</translation>
    </message>
    <message>
        <source>%1[*] — Caseline</source>
        <translation>%1[*] — Caseline</translation>
    </message>
    <message>
        <source>“%1” is already open in another Caseline (process %2 on %3).

Both can edit it safely: every change is written at once. Use File &gt; Reload to see changes made in the other window.</source>
        <translation>«%1» ya está abierto en otro Caseline (proceso %2 en %3).

Ambos pueden editarlo sin riesgo: cada cambio se escribe de inmediato. Use Archivo &gt; Recargar para ver los cambios hechos en la otra ventana.</translation>
    </message>
    <message>
        <source>Also open in another Caseline (process %1)</source>
        <translation>También abierto en otro Caseline (proceso %1)</translation>
    </message>
    <message>
        <source>Case File Already Open</source>
        <translation>Archivo de caso ya abierto</translation>
    </message>
    <message>
        <source>%1

Quit anyway? The work is cancelled cleanly: a cancelled import leaves the case file unchanged and a cancelled export writes no file.</source>
        <translation>%1

¿Salir de todos modos? El trabajo se cancela limpiamente: una importación cancelada deja el archivo de caso sin cambios y una exportación cancelada no escribe ningún archivo.</translation>
    </message>
    <message>
        <source>Quit Caseline</source>
        <translation>Salir de Caseline</translation>
    </message>
    <message>
        <source>Close Caseline; every change is already saved</source>
        <translation>Cerrar Caseline; todos los cambios ya están guardados</translation>
    </message>
    <message>
        <source>Undo the last change to the case</source>
        <translation>Deshacer el último cambio en el caso</translation>
    </message>
    <message>
        <source>Redo the change just undone</source>
        <translation>Rehacer el cambio que se acaba de deshacer</translation>
    </message>
    <message>
        <source>Search the events’ titles, summaries and quotes</source>
        <translation>Buscar en los títulos, resúmenes y citas de los eventos</translation>
    </message>
    <message>
        <source>Show every event again</source>
        <translation>Volver a mostrar todos los eventos</translation>
    </message>
    <message>
        <source>Show less time, in more detail (+ in the timeline)</source>
        <translation>Mostrar menos tiempo, con más detalle (+ en la línea de tiempo)</translation>
    </message>
    <message>
        <source>Show more time (− in the timeline)</source>
        <translation>Mostrar más tiempo (− en la línea de tiempo)</translation>
    </message>
    <message>
        <source>Show every event of the case (0 in the timeline)</source>
        <translation>Mostrar todos los eventos del caso (0 en la línea de tiempo)</translation>
    </message>
    <message>
        <source>Centre the timeline on a year, month or day</source>
        <translation>Centrar la línea de tiempo en un año, un mes o un día</translation>
    </message>
    <message>
        <source>Order &amp;Lanes By</source>
        <translation>&amp;Ordenar carriles por</translation>
    </message>
    <message>
        <source>Show the lanes hidden from the timeline’s context menu</source>
        <translation>Mostrar los carriles ocultados desde el menú contextual de la línea de tiempo</translation>
    </message>
    <message>
        <source>Upgrading %1 for this version of Caseline…</source>
        <translation>Actualizando %1 para esta versión de Caseline…</translation>
    </message>
    <message>
        <source>%1

Quit once it has finished? It cannot stop halfway; the case file is either upgraded whole or left as it was.</source>
        <translation>%1

¿Salir cuando haya terminado? No puede detenerse a medias: el archivo de caso se actualiza entero o queda como estaba.</translation>
    </message>
    <message>
        <source>Reading the events…</source>
        <translation>Leyendo los eventos…</translation>
    </message>
    <message>
        <source>Listing the events…</source>
        <translation>Listando los eventos…</translation>
    </message>
</context>
<context>
    <name>caseline::PartialDate</name>
    <message>
        <source>&apos;%1&apos; is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>«%1» no es una fecha (se espera AAAA, AAAA-MM o AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>year %1 is out of range (%2-%3)</source>
        <translation>el año %1 está fuera del rango permitido (%2-%3)</translation>
    </message>
    <message>
        <source>month %1 in &apos;%2&apos; does not exist</source>
        <translation>el mes %1 de «%2» no existe</translation>
    </message>
    <message>
        <source>day %1 in &apos;%2&apos; does not exist</source>
        <translation>el día %1 de «%2» no existe</translation>
    </message>
</context>
<context>
    <name>caseline::PartialDateEdit</name>
    <message>
        <source>optional: YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>opcional: AAAA, AAAA-MM o AAAA-MM-DD</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>AAAA, AAAA-MM o AAAA-MM-DD</translation>
    </message>
    <message>
        <source>A year (2019), a month (2019-07) or a day (2019-07-02): give only what the source says.</source>
        <translation>Un año (2019), un mes (2019-07) o un día (2019-07-02): indique solo lo que dice la fuente.</translation>
    </message>
    <message>
        <source>a date is required</source>
        <translation>se requiere una fecha</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>caseline::PassageEvent</name>
    <message>
        <source>The passage gives no date; the document&apos;s date (%1) is suggested: check it.</source>
        <translation>El pasaje no da ninguna fecha; se sugiere la fecha del documento (%1): compruébela.</translation>
    </message>
    <message>
        <source>The passage gives no date and the document has none: enter the date.</source>
        <translation>El pasaje no da ninguna fecha y el documento tampoco: indique la fecha.</translation>
    </message>
    <message>
        <source>Lane: the passage names “%1”.</source>
        <translation>Carril: el pasaje menciona «%1».</translation>
    </message>
    <message>
        <source>Lane: the passage names none; the document names “%1” most (%2 times).</source>
        <translation>Carril: el pasaje no menciona ninguno; el documento menciona más «%1» (%2 veces).</translation>
    </message>
    <message>
        <source>Type: “%1” suggests %2.</source>
        <translation>Tipo: «%1» sugiere %2.</translation>
    </message>
</context>
<context>
    <name>caseline::PoliciesDialog</name>
    <message>
        <source>About the Policies</source>
        <translation>Acerca de las políticas</translation>
    </message>
    <message>
        <source>About the policies</source>
        <translation>Acerca de las políticas</translation>
    </message>
    <message>
        <source>ICE</source>
        <translation>ICE</translation>
    </message>
    <message>
        <source>U.S. Immigration and Customs Enforcement is the federal agency at the other end of every policy below. Enforcing immigration law is a federal job; the policies are about how far local police and jails take part in it.</source>
        <translation>El Servicio de Inmigración y Control de Aduanas (ICE) de EE. UU. es la agencia federal que está al otro lado de cada una de las políticas siguientes. Hacer cumplir las leyes de inmigración es una tarea federal; estas políticas tratan de hasta dónde participan en ella la policía y las cárceles locales.</translation>
    </message>
    <message>
        <source>Sanctuary ordinances and laws</source>
        <translation>Ordenanzas y leyes santuario</translation>
    </message>
    <message>
        <source>A sanctuary policy is a city&apos;s or county&apos;s own rule that limits how its employees, police included, cooperate with federal immigration enforcement. Caseline counts it in the “limits cooperation” family. In Lawrence, the City Commission considered such an ordinance at a work session on Tuesday, Feb. 11 (the article gives no year); the draft would also have kept the police from signing an agreement with the federal government without the commission&apos;s approval.</source>
        <translation>Una política santuario es una norma propia de una ciudad o un condado que limita cómo sus empleados, incluida la policía, cooperan con el control migratorio federal. Caseline la cuenta en la familia «limita la cooperación». En Lawrence, la Comisión Municipal estudió una ordenanza así en una sesión de trabajo el martes 11 de febrero (el artículo no da el año); el borrador también habría impedido que la policía firmara un acuerdo con el gobierno federal sin la aprobación de la comisión.</translation>
    </message>
    <message>
        <source>Welcoming-city proclamations</source>
        <translation>Proclamaciones de ciudad acogedora</translation>
    </message>
    <message>
        <source>A welcoming-city proclamation is a city&apos;s public statement that it values its immigrant residents. It is nonbinding: it states values but by itself changes no rule. Lawrence made one in 2017, as its police chief recalled in a statement reported on 2 July 2019. A welcoming-city ordinance is different: Chicago&apos;s restricts cooperation between local police and ICE.</source>
        <translation>Una proclamación de ciudad acogedora es una declaración pública de una ciudad de que valora a sus residentes inmigrantes. No es vinculante: expresa valores, pero por sí sola no cambia ninguna norma. Lawrence hizo una en 2017, como recordó su jefe de policía en una declaración publicada el 2 de julio de 2019. Una ordenanza de ciudad acogedora es distinta: la de Chicago restringe la cooperación entre la policía local e ICE.</translation>
    </message>
    <message>
        <source>Detainers</source>
        <translation>Órdenes de retención (detainers)</translation>
    </message>
    <message>
        <source>A detainer is a request from federal immigration officials to local law enforcement. Federal officials began issuing them in 2008. Most jurisdictions at first treated them as mandatory; after American citizens were mistakenly held, sued and won damage awards, some stopped cooperating. Limiting which detainers a jail honours is one of the ways a jurisdiction limits cooperation.</source>
        <translation>Una orden de retención (detainer) es una solicitud de las autoridades federales de inmigración a las fuerzas del orden locales. Las autoridades federales empezaron a emitirlas en 2008. Al principio, la mayoría de las jurisdicciones las trataron como obligatorias; después de que ciudadanos estadounidenses fueran retenidos por error, demandaran y obtuvieran indemnizaciones, algunas dejaron de cooperar. Limitar qué órdenes de retención acata una cárcel es una de las formas en que una jurisdicción limita la cooperación.</translation>
    </message>
    <message>
        <source>287(g) agreements</source>
        <translation>Acuerdos 287(g)</translation>
    </message>
    <message>
        <source>A 287(g) agreement is a written agreement (a memorandum of agreement or of understanding, MOA or MOU) between ICE and a local law-enforcement agency that lets chosen local officers do some of an immigration officer&apos;s work under federal supervision. Caseline counts it in the “cooperates by agreement” family. Supporters say it helps public safety; critics say it leads to racial profiling and erodes trust.</source>
        <translation>Un acuerdo 287(g) es un acuerdo escrito (un memorando de acuerdo o de entendimiento, MOA o MOU) entre ICE y una agencia local del orden que permite a agentes locales elegidos hacer parte del trabajo de un agente de inmigración bajo supervisión federal. Caseline lo cuenta en la familia «coopera por acuerdo». Sus partidarios dicen que favorece la seguridad pública; sus críticos, que lleva a la discriminación racial y erosiona la confianza.</translation>
    </message>
    <message>
        <source>The three 287(g) models</source>
        <translation>Los tres modelos 287(g)</translation>
    </message>
    <message>
        <source>ICE&apos;s list of participating agencies, which Caseline imports, names the model of each agreement: Jail Enforcement Model, Task Force Model or Warrant Service Officer. The articles do not say how the models differ. The purpose clauses of two real agreements kept with the project&apos;s data describe a task-force agreement (Kansas Bureau of Investigation, 2025) and a warrant-service agreement (Suwannee County Sheriff&apos;s Office, Florida, 2019), quoted below. No jail-enforcement agreement is kept, so that model is not described here.</source>
        <translation>La lista de agencias participantes de ICE, que Caseline importa, indica el modelo de cada acuerdo: modelo de cárceles (Jail Enforcement Model), modelo de grupo de trabajo (Task Force Model) u oficial de servicio de órdenes (Warrant Service Officer). Los artículos no explican en qué se diferencian los modelos. Las cláusulas de propósito de dos acuerdos reales que se guardan con los datos del proyecto describen un acuerdo de grupo de trabajo (Oficina de Investigación de Kansas, 2025) y uno de servicio de órdenes (Oficina del Sheriff del Condado de Suwannee, Florida, 2019), citados abajo. No se guarda ningún acuerdo del modelo de cárceles, por lo que ese modelo no se describe aquí.</translation>
    </message>
    <message>
        <source>287(g) Memorandum of Agreement, Kansas Bureau of Investigation, Task Force Model, 2025</source>
        <translation>Memorando de acuerdo 287(g), Oficina de Investigación de Kansas (Kansas Bureau of Investigation), modelo de grupo de trabajo, 2025</translation>
    </message>
    <message>
        <source>287(g) Memorandum of Agreement, Suwannee County Sheriff&apos;s Office (SCSO), Warrant Service Officer, 2019</source>
        <translation>Memorando de acuerdo 287(g), Oficina del Sheriff del Condado de Suwannee (SCSO), oficial de servicio de órdenes, 2019</translation>
    </message>
    <message>
        <source>Secure Communities</source>
        <translation>Secure Communities (Comunidades Seguras)</translation>
    </message>
    <message>
        <source>Secure Communities was the federal pilot program under which detainers were first issued, in 2008. As fewer jurisdictions complied with detainers, the Obama administration ended it and replaced it with a program that let local jurisdictions decide far more freely when to cooperate. The article gives no year for the end.</source>
        <translation>Secure Communities (Comunidades Seguras) fue el programa piloto federal con el que se emitieron las primeras órdenes de retención, en 2008. A medida que menos jurisdicciones acataban las órdenes de retención, el gobierno de Obama le puso fin y lo sustituyó por un programa que dejaba a las jurisdicciones locales decidir con mucha más libertad cuándo cooperar. El artículo no da el año en que terminó.</translation>
    </message>
    <message>
        <source>These explanations use only what the sources bundled with Caseline say. Each is followed by the passages it rests on, word for word, and where they come from.</source>
        <translation>Estas explicaciones usan solo lo que dicen las fuentes incluidas con Caseline. Cada una va seguida de los pasajes en que se basa, palabra por palabra, y de dónde proceden.</translation>
    </message>
    <message>
        <source>Article of 2 July 2019 on Lawrence police assisting an ICE agent</source>
        <translation>Artículo del 2 de julio de 2019 sobre la policía de Lawrence que ayudó a un agente de ICE</translation>
    </message>
    <message>
        <source>Article on the Lawrence City Commission work session on a sanctuary ordinance, undated</source>
        <translation>Artículo sobre la sesión de trabajo de la Comisión Municipal de Lawrence acerca de una ordenanza santuario, sin fecha</translation>
    </message>
    <message>
        <source>“A City Divided: The Tension Between Law Enforcement and Activists over ICE”, undated</source>
        <translation>«A City Divided: The Tension Between Law Enforcement and Activists over ICE», sin fecha</translation>
    </message>
    <message>
        <source>“ICE And Local Police: Cooperation And Controversy”, Jhon Lennon, undated</source>
        <translation>«ICE And Local Police: Cooperation And Controversy», Jhon Lennon, sin fecha</translation>
    </message>
    <message>
        <source>“LA Officials Request for ICE Agents to Stop Identifying Themselves as ‘Police’”, undated</source>
        <translation>«LA Officials Request for ICE Agents to Stop Identifying Themselves as ‘Police’», sin fecha</translation>
    </message>
</context>
<context>
    <name>caseline::PolicyPeriodDialog</name>
    <message>
        <source>Edit Policy Period</source>
        <translation>Editar período de política</translation>
    </message>
    <message>
        <source>New Policy Period</source>
        <translation>Nuevo período de política</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>empty: still in force</source>
        <translation>vacío: sigue vigente</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(sin fuente)</translation>
    </message>
    <message>
        <source>The passage that states the stance, verbatim</source>
        <translation>El pasaje que establece la postura, textual</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction:</source>
        <translation>&amp;Jurisdicción:</translation>
    </message>
    <message>
        <source>S&amp;tance:</source>
        <translation>&amp;Postura:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Fuente:</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Cita:</translation>
    </message>
    <message>
        <source>Add a jurisdiction first.</source>
        <translation>Agregue primero una jurisdicción.</translation>
    </message>
    <message>
        <source>From: %1.</source>
        <translation>Desde: %1.</translation>
    </message>
    <message>
        <source>Until: %1.</source>
        <translation>Hasta: %1.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>El período termina antes de empezar.</translation>
    </message>
    <message>
        <source>The policy in force: one that limits cooperation with ICE, or a 287(g) agreement</source>
        <translation>La política vigente: una que limita la cooperación con ICE o un acuerdo 287(g)</translation>
    </message>
    <message>
        <source>Your note: criteria, exceptions, how the dates were derived</source>
        <translation>Su nota: criterios, excepciones, cómo se dedujeron las fechas</translation>
    </message>
    <message>
        <source>The source that states this stance</source>
        <translation>La fuente que establece esta postura</translation>
    </message>
    <message>
        <source>Copy the passage word for word, so it can be checked against the source&apos;s text</source>
        <translation>Copie el pasaje palabra por palabra, para poder verificarlo con el texto de la fuente</translation>
    </message>
</context>
<context>
    <name>caseline::PolicyPeriodListDialog</name>
    <message>
        <source>Policy Periods</source>
        <translation>Períodos de política</translation>
    </message>
    <message>
        <source>Policy Periods of %1</source>
        <translation>Períodos de política de %1</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>vigente</translation>
    </message>
    <message>
        <source>%1: %2, %3 – %4</source>
        <translation>%1: %2, %3 – %4</translation>
    </message>
</context>
<context>
    <name>caseline::QuoteFlag</name>
    <message>
        <source>✓ Found in the source&apos;s text, page %1.</source>
        <translation>✓ Se encuentra en el texto de la fuente, página %1.</translation>
    </message>
    <message>
        <source>✓ Found in the source&apos;s text.</source>
        <translation>✓ Se encuentra en el texto de la fuente.</translation>
    </message>
    <message>
        <source>⚠ Does not match the source&apos;s text from “%1”.</source>
        <translation>⚠ No coincide con el texto de la fuente a partir de «%1».</translation>
    </message>
    <message>
        <source>⚠ Not checked: the source keeps no text.</source>
        <translation>⚠ Sin verificar: la fuente no guarda texto.</translation>
    </message>
</context>
<context>
    <name>caseline::SourceDialog</name>
    <message>
        <source>Edit Source</source>
        <translation>Editar fuente</translation>
    </message>
    <message>
        <source>New Source</source>
        <translation>Nueva fuente</translation>
    </message>
    <message>
        <source>article, document, dataset, court filing…</source>
        <translation>artículo, documento, conjunto de datos, escrito judicial…</translation>
    </message>
    <message>
        <source>Optional: paste the document&apos;s full text, so quotes can be checked against it</source>
        <translation>Opcional: pegue el texto completo del documento para poder verificar las citas con él</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Medio:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Publicado:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <source>The web address of the source, if it has one</source>
        <translation>La dirección web de la fuente, si la tiene</translation>
    </message>
    <message>
        <source>What kind of source this is, in your words</source>
        <translation>Qué tipo de fuente es, en sus palabras</translation>
    </message>
    <message>
        <source>The document&apos;s full text: quotes citing this source are checked against it</source>
        <translation>El texto completo del documento: las citas de esta fuente se verifican con él</translation>
    </message>
</context>
<context>
    <name>caseline::SourceListDialog</name>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
</context>
<context>
    <name>caseline::SourceReaderPanel</name>
    <message>
        <source>Source to read</source>
        <translation>Fuente que leer</translation>
    </message>
    <message>
        <source>Add &amp;Document…</source>
        <translation>Agregar &amp;documento…</translation>
    </message>
    <message>
        <source>Store a document&apos;s text (.txt, .md, .html, or .pdf with a text layer) as a new source</source>
        <translation>Guardar el texto de un documento (.txt, .md, .html o .pdf con capa de texto) como una fuente nueva</translation>
    </message>
    <message>
        <source>Make an event citing the selected passage, with a date, lane and type suggested from it</source>
        <translation>Crear un evento que cite el pasaje seleccionado, con la fecha, el carril y el tipo que se deducen de él</translation>
    </message>
    <message>
        <source>Add Document</source>
        <translation>Agregar documento</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Lector</translation>
    </message>
    <message>
        <source>%1 (no text)</source>
        <translation>%1 (sin texto)</translation>
    </message>
    <message>
        <source>The case has no sources yet: add a document.</source>
        <translation>El caso aún no tiene fuentes: agregue un documento.</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s) cite this source</source>
        <translation>
            <numerusform>%n cita menciona esta fuente</numerusform>
            <numerusform>%n citas mencionan esta fuente</numerusform>
        </translation>
    </message>
    <message>
        <source>; none can be checked without its text.</source>
        <translation>; ninguna se puede verificar sin su texto.</translation>
    </message>
    <message>
        <source>: %1 found in the text, %2 not found.</source>
        <translation>: %1 encontradas en el texto, %2 no encontradas.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Select a passage of the source&apos;s text first.</source>
        <translation>Seleccione primero un pasaje del texto de la fuente.</translation>
    </message>
    <message>
        <source>The selection holds only white space.</source>
        <translation>La selección solo contiene espacios en blanco.</translation>
    </message>
    <message>
        <source>New Event from Selection</source>
        <translation>Nuevo evento a partir de la selección</translation>
    </message>
    <message>
        <source>Find in the text</source>
        <translation>Buscar en el texto</translation>
    </message>
    <message>
        <source>Find in the source&apos;s text</source>
        <translation>Buscar en el texto de la fuente</translation>
    </message>
    <message>
        <source>A&amp;ttach Text…</source>
        <translation>Ad&amp;juntar texto…</translation>
    </message>
    <message>
        <source>Keep a document&apos;s text with this source, which has none, so its quotes can be checked</source>
        <translation>Guardar el texto de un documento con esta fuente, que no tiene ninguno, para poder verificar sus citas</translation>
    </message>
    <message>
        <source>Attach Text</source>
        <translation>Adjuntar texto</translation>
    </message>
    <message>
        <source>This source keeps no text, so its quotes cannot be checked: Attach Text reads it from a document file, or paste it in the source (Case &gt; Sources…).</source>
        <translation>Esta fuente no guarda texto, así que sus citas no se pueden verificar: Adjuntar texto lo lee de un archivo de documento, o péguelo en la fuente (Caso &gt; Fuentes…).</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>“%1” already keeps a text.</source>
        <translation>«%1» ya guarda un texto.</translation>
    </message>
    <message numerus="yes">
        <source>Not in the previous source; found in “%1” (%n source(s) hold these words).</source>
        <translation>
            <numerusform>No está en la fuente anterior; se encontró en «%1» (%n fuente contiene estas palabras).</numerusform>
            <numerusform>No está en la fuente anterior; se encontró en «%1» (%n fuentes contienen estas palabras).</numerusform>
        </translation>
    </message>
    <message>
        <source>No source holds these words.</source>
        <translation>Ninguna fuente contiene estas palabras.</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) hold these words, but not together as typed.</source>
        <translation>
            <numerusform>%n fuente contiene estas palabras, pero no juntas como se escribieron.</numerusform>
            <numerusform>%n fuentes contienen estas palabras, pero no juntas como se escribieron.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Event from Se&amp;lection…</source>
        <translation>Nuevo evento a partir de la &amp;selección…</translation>
    </message>
</context>
<context>
    <name>caseline::SourceTextView</name>
    <message>
        <source>Source text</source>
        <translation>Texto de la fuente</translation>
    </message>
    <message>
        <source>The selected event&apos;s passage</source>
        <translation>El pasaje del evento seleccionado</translation>
    </message>
    <message>
        <source>Cited: click to select its event</source>
        <translation>Citado: haga clic para seleccionar su evento</translation>
    </message>
</context>
<context>
    <name>caseline::SourcesToCheckView</name>
    <message>
        <source>Sources to check</source>
        <translation>Fuentes por verificar</translation>
    </message>
    <message>
        <source>Source or event</source>
        <translation>Fuente o evento</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s) do not match its text</source>
        <translation>
            <numerusform>%n cita no coincide con su texto</numerusform>
            <numerusform>%n citas no coinciden con su texto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no text kept: %n quote(s) unchecked</source>
        <translation>
            <numerusform>sin texto guardado: %n cita sin verificar</numerusform>
            <numerusform>sin texto guardado: %n citas sin verificar</numerusform>
        </translation>
    </message>
    <message>
        <source>differs from character %1: “%2”</source>
        <translation>difiere a partir del carácter %1: «%2»</translation>
    </message>
    <message numerus="yes">
        <source>All %n quote(s) match their sources</source>
        <translation>
            <numerusform>%n cita coincide con su fuente</numerusform>
            <numerusform>Las %n citas coinciden con sus fuentes</numerusform>
        </translation>
    </message>
    <message>
        <source>No quote can be checked yet</source>
        <translation>Todavía no se puede verificar ninguna cita</translation>
    </message>
    <message>
        <source>Checking quotes against their sources…</source>
        <translation>Verificando las citas con sus fuentes…</translation>
    </message>
    <message>
        <source>The quotes could not be checked</source>
        <translation>No se pudieron verificar las citas</translation>
    </message>
</context>
<context>
    <name>caseline::StoryPanel</name>
    <message>
        <source>Story</source>
        <translation>Reportaje</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <source>Start a new story</source>
        <translation>Empezar un reportaje nuevo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete this story (its events stay in the case)</source>
        <translation>Eliminar este reportaje (sus eventos se quedan en el caso)</translation>
    </message>
    <message>
        <source>Story events</source>
        <translation>Eventos del reportaje</translation>
    </message>
    <message>
        <source>Your note on this event in the story</source>
        <translation>Su nota sobre este evento en el reportaje</translation>
    </message>
    <message>
        <source>Show only this story</source>
        <translation>Mostrar solo este reportaje</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Move the event earlier in the story (Alt+Up)</source>
        <translation>Mover el evento antes en el reportaje (Alt+Arriba)</translation>
    </message>
    <message>
        <source>Move the event later in the story (Alt+Down)</source>
        <translation>Mover el evento después en el reportaje (Alt+Abajo)</translation>
    </message>
    <message>
        <source>New Story</source>
        <translation>Nuevo reportaje</translation>
    </message>
    <message>
        <source>Story name:</source>
        <translation>Nombre del reportaje:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>My story</source>
        <translation>Mi reportaje</translation>
    </message>
    <message>
        <source>The story you are working on</source>
        <translation>El reportaje en el que está trabajando</translation>
    </message>
    <message>
        <source>Filter the timeline and the table to this story&apos;s events</source>
        <translation>Filtrar la línea de tiempo y la tabla a los eventos de este reportaje</translation>
    </message>
    <message>
        <source>Remove the event from the story (it stays in the case)</source>
        <translation>Quitar el evento del reportaje (se queda en el caso)</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Reportajes</translation>
    </message>
</context>
<context>
    <name>caseline::TimeAxisTicks</name>
    <message>
        <source>Q%1 %2</source>
        <extracomment>Axis label of a calendar quarter: %1 its number (1-4), %2 the year</extracomment>
        <translation>T%1 %2</translation>
    </message>
</context>
<context>
    <name>caseline::TimelinePainter</name>
    <message>
        <source>Limits cooperation (sanctuary, welcoming city, detainer limits)</source>
        <translation>Limita la cooperación (santuario, ciudad acogedora, límites a las órdenes de retención)</translation>
    </message>
    <message>
        <source>287(g) agreement</source>
        <translation>Acuerdo 287(g)</translation>
    </message>
    <message>
        <source>Several events (a bar where crowded, taller for more; click to zoom in)</source>
        <translation>Varios eventos (una barra donde se amontonan, más alta cuantos más hay; haga clic para acercar)</translation>
    </message>
    <message>
        <source>Several events (a bar where crowded, taller for more)</source>
        <translation>Varios eventos (una barra donde se amontonan, más alta cuantos más hay)</translation>
    </message>
</context>
<context>
    <name>caseline::TimelineRenderer</name>
    <message>
        <source>%1 events in %2 lanes, %3 – %4</source>
        <translation>%1 eventos en %2 carriles, %3 – %4</translation>
    </message>
    <message>
        <source> (filtered)</source>
        <translation> (filtrado)</translation>
    </message>
    <message>
        <source>%1 lanes</source>
        <translation>%1 carriles</translation>
    </message>
    <message>
        <source>%1 more lanes with fewer events are not shown; narrow the filter or export a PDF to see them.</source>
        <translation>No se muestran otros %1 carriles con menos eventos; restrinja el filtro o exporte un PDF para verlos.</translation>
    </message>
    <message>
        <source>%1: cannot write the image</source>
        <translation>%1: no se puede escribir la imagen</translation>
    </message>
    <message>
        <source>%1: cannot write the PDF</source>
        <translation>%1: no se puede escribir el PDF</translation>
    </message>
    <message>
        <source> — page %1 of %2</source>
        <translation> — página %1 de %2</translation>
    </message>
    <message>
        <source>Lanes %1–%2 of %3</source>
        <translation>Carriles %1–%2 de %3</translation>
    </message>
    <message>
        <source>rendering needs a QGuiApplication (the offscreen platform will do)</source>
        <translation>para dibujar se necesita una QGuiApplication (basta con la plataforma offscreen)</translation>
    </message>
    <message>
        <source>%1: the timeline renders to .png or .pdf</source>
        <translation>%1: la línea de tiempo se dibuja en .png o .pdf</translation>
    </message>
</context>
<context>
    <name>caseline::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s)</source>
        <translation>
            <numerusform>%n carril</numerusform>
            <numerusform>%n carriles</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide Lane “%1”</source>
        <translation>Ocultar el carril «%1»</translation>
    </message>
    <message>
        <source>Show All Lanes</source>
        <translation>Mostrar todos los carriles</translation>
    </message>
    <message>
        <source>Fit All</source>
        <translation>Ver todo</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>No case file is open.</source>
        <translation>No hay ningún archivo de caso abierto.</translation>
    </message>
    <message>
        <source>Reading the case’s events…</source>
        <translation>Leyendo los eventos del caso…</translation>
    </message>
    <message>
        <source>This case has no jurisdictions yet.</source>
        <translation>Este caso aún no tiene jurisdicciones.</translation>
    </message>
    <message>
        <source>No events match the filter.</source>
        <translation>Ningún evento coincide con el filtro.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>mixed types</source>
        <translation>tipos variados</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 events&lt;/b&gt; (%2) in %3&lt;br&gt;%4 – %5&lt;br&gt;&lt;i&gt;%6&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1 eventos&lt;/b&gt; (%2) en %3&lt;br&gt;%4 – %5&lt;br&gt;&lt;i&gt;%6&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Click to zoom in</source>
        <translation>Haga clic para acercar</translation>
    </message>
    <message>
        <source>Click to list them</source>
        <translation>Haga clic para verlos en una lista</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%n matching event(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%n evento coincidente</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%n eventos coincidentes</numerusform>
        </translation>
    </message>
    <message>
        <source>in force</source>
        <translation>vigente</translation>
    </message>
    <message>
        <source>%1 (%2), %3 – %4</source>
        <translation>%1 (%2), %3 – %4</translation>
    </message>
    <message>
        <source>Events by jurisdiction over time, with each jurisdiction&apos;s stance behind its lane. Plus and minus zoom, arrow keys move between events, Home and End go to the first and last event of a lane, Enter opens the selected event.</source>
        <translation>Eventos por jurisdicción a lo largo del tiempo, con la postura de cada jurisdicción detrás de su carril. Más y menos acercan y alejan, las flechas pasan de un evento a otro, Inicio y Fin van al primer y al último evento de un carril, Intro abre el evento seleccionado.</translation>
    </message>
    <message>
        <source>Selected: %1, %2, %3, %4.</source>
        <translation>Seleccionado: %1, %2, %3, %4.</translation>
    </message>
</context>
<context>
    <name>caseline::Vocabulary</name>
    <message>
        <source>Detention</source>
        <translation>Detención</translation>
    </message>
    <message>
        <source>Arrest</source>
        <translation>Arresto</translation>
    </message>
    <message>
        <source>Police backup call</source>
        <translation>Llamada de apoyo policial</translation>
    </message>
    <message>
        <source>Raid</source>
        <translation>Redada</translation>
    </message>
    <message>
        <source>Detainer</source>
        <translation>Orden de retención (detainer)</translation>
    </message>
    <message>
        <source>Commission session</source>
        <translation>Sesión de la comisión</translation>
    </message>
    <message>
        <source>Ordinance</source>
        <translation>Ordenanza</translation>
    </message>
    <message>
        <source>Proclamation</source>
        <translation>Proclamación</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Lawsuit</source>
        <translation>Demanda</translation>
    </message>
    <message>
        <source>Court ruling</source>
        <translation>Fallo judicial</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <source>Protest</source>
        <translation>Protesta</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>En disputa</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Sin verificar</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Condado</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>Federal</source>
        <translation>Federal</translation>
    </message>
    <message>
        <source>Sanctuary ordinance</source>
        <translation>Ordenanza santuario</translation>
    </message>
    <message>
        <source>Sanctuary law</source>
        <translation>Ley santuario</translation>
    </message>
    <message>
        <source>Welcoming-city proclamation</source>
        <translation>Proclamación de ciudad acogedora</translation>
    </message>
    <message>
        <source>Detainer limits</source>
        <translation>Límites a las órdenes de retención</translation>
    </message>
    <message>
        <source>287(g) jail enforcement</source>
        <translation>287(g): modelo de cárceles</translation>
    </message>
    <message>
        <source>287(g) task force</source>
        <translation>287(g): grupo de trabajo (task force)</translation>
    </message>
    <message>
        <source>287(g) warrant service officer</source>
        <translation>287(g): oficial de servicio de órdenes</translation>
    </message>
    <message>
        <source>Limits cooperation</source>
        <translation>Limita la cooperación</translation>
    </message>
    <message>
        <source>287(g) agreement</source>
        <translation>Acuerdo 287(g)</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>Ninguna</translation>
    </message>
</context>
<context>
    <name>caseline::WelcomeDialog</name>
    <message>
        <source>Welcome to Caseline</source>
        <translation>Bienvenido a Caseline</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Caseline&lt;/h2&gt;&lt;p&gt;Caseline lays out events on one lane per city or county, with each place&apos;s policy stance drawn behind its lane, and traces every event to its source.&lt;/p&gt;&lt;p&gt;How would you like to start?&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenido a Caseline&lt;/h2&gt;&lt;p&gt;Caseline ordena los eventos en un carril por ciudad o condado, con la postura política de cada lugar dibujada detrás de su carril, y remite cada evento a su fuente.&lt;/p&gt;&lt;p&gt;¿Cómo quiere empezar?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Case</source>
        <translation>Abrir el caso de &amp;ejemplo</translation>
    </message>
    <message>
        <source>A case built from five news articles on Lawrence, Chicago, San Diego and Los Angeles, every event quoted from its source.</source>
        <translation>Un caso elaborado a partir de cinco artículos de prensa sobre Lawrence, Chicago, San Diego y Los Ángeles, con cada evento citado de su fuente.</translation>
    </message>
    <message>
        <source>&amp;Open a Case File…</source>
        <translation>&amp;Abrir un archivo de caso…</translation>
    </message>
    <message>
        <source>Continue with a .caseline file you already have.</source>
        <translation>Seguir con un archivo .caseline que ya tiene.</translation>
    </message>
    <message>
        <source>&amp;Import into a New Case…</source>
        <translation>&amp;Importar a un caso nuevo…</translation>
    </message>
    <message>
        <source>Start a new case file from ICE&apos;s 287(g) list, a detainer-policy list, a TimelineJS timeline or a Caseline CSV or JSON file.</source>
        <translation>Crear un archivo de caso nuevo a partir de la lista 287(g) de ICE, una lista de políticas sobre órdenes de retención, una cronología de TimelineJS o un archivo CSV o JSON de Caseline.</translation>
    </message>
    <message>
        <source>New Case File for the Import</source>
        <translation>Nuevo archivo de caso para la importación</translation>
    </message>
    <message>
        <source>My case</source>
        <translation>Mi caso</translation>
    </message>
    <message>
        <source>Case files (*.caseline)</source>
        <translation>Archivos de caso (*.caseline)</translation>
    </message>
    <message>
        <source>Cannot create the case file</source>
        <translation>No se puede crear el archivo de caso</translation>
    </message>
</context>
</TS>
