@echo off
rem thidua: runs lib\thidua.jar of this release on a Java 17 or newer runtime.
rem   bin\thidua.cmd COMMAND [OPTIONS]        (bin\thidua.cmd --help)
rem Java: %JAVA_HOME%\bin\java.exe when JAVA_HOME is set, else java on the PATH.
rem THIDUA_JAVA_OPTS: more JVM options, placed last so that they override the ones below
rem (-XX:TieredStopAtLevel=4: the optimizing compiler too, for one very big workbook).
rem
rem Start-up: the classes of every command are recorded once into a class-data-sharing archive,
rem %LOCALAPPDATA%\thidua\thidua-VERSION.jsa (Java 24 and newer: an AOT cache, thidua-VERSION.aot);
rem later runs map it instead of loading some 3,500 classes one by one. The first run does its
rem command as usual, then a training run (validate, consolidate, nominate, template... on
rem samples\2020) while the archive is recorded. Every run asks the JVM, in a log of its own,
rem whether it used the archive: one it refused (after a Java update, say) is recorded again, once.
rem Without that folder, runs go without an archive. Kept in step with bin/thidua.
rem
rem No variable is expanded inside a parenthesized block below: "(x86)" in a path would end it.
setlocal EnableExtensions DisableDelayedExpansion
set "THIDUA_VERSION=@project.version@"
set "THIDUA_CODE=2"

rem Vietnamese in the console: the UTF-8 code page while thidua runs, the old one afterwards.
set "THIDUA_CP="
for /f "tokens=2 delims=:." %%c in ('chcp') do set "THIDUA_CP=%%c"
chcp 65001 >nul

set "THIDUA_JAR=%~dp0..\lib\thidua.jar"

if not defined JAVA_HOME goto :path
rem set JAVA_HOME="C:\Program Files\..." is common: the quotes are not part of the folder.
set "JAVA_HOME=%JAVA_HOME:"=%"
if not exist "%JAVA_HOME%\bin\java.exe" goto :badjavahome
set "PATH=%JAVA_HOME%\bin;%PATH%"
:path
where java >nul 2>nul
if errorlevel 1 goto :nojava

rem The version as "java -version" prints it: "17.0.15", "21", "25", "1.8.0_381", "17-ea".
set "JVER="
for /f "tokens=1-3" %%a in ('java -version 2^>^&1') do if "%%b"=="version" if not defined JVER set "JVER=%%~c"
if not defined JVER goto :unknownjava
set "JMAJOR="
set "JMINOR="
for /f "tokens=1,2 delims=.-_+" %%a in ("%JVER%") do (set "JMAJOR=%%a" & set "JMINOR=%%b")
if "%JMAJOR%"=="1" set "JMAJOR=%JMINOR%"
if not defined JMAJOR goto :unknownjava
set "JREST="
for /f "delims=0123456789" %%x in ("%JMAJOR%") do set "JREST=%%x"
if defined JREST goto :unknownjava
if %JMAJOR% LSS 17 goto :oldjava

rem The JVM's own notices must never mix with the output; the serial collector and the quick
rem compiler suit district workbooks (see THIDUA_JAVA_OPTS above for a very big one). The archive
rem is mapped where it was recorded (ArchiveRelocationMode=0): relocating it costs about 0.1 s of
rem every start (bin/thidua says what that gives up).
set "THIDUA_OPTS=-Xlog:disable -XX:+UseSerialGC -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0 -XX:TieredStopAtLevel=1"
set "THIDUA_SAMPLES=%~dp0..\samples\2020"

if not defined LOCALAPPDATA goto :plain
if not exist "%LOCALAPPDATA%\thidua\" mkdir "%LOCALAPPDATA%\thidua" >nul 2>nul
if not exist "%LOCALAPPDATA%\thidua\" goto :plain

rem Java 24 and newer: an AOT cache, which refuses -Xshare (the JVM would exit 1, which reads as
rem findings); its log tag is aot from Java 25 on, cds before.
set "THIDUA_ARCH=%LOCALAPPDATA%\thidua\thidua-%THIDUA_VERSION%.jsa"
set "THIDUA_USE=-Xshare:auto -XX:SharedArchiveFile="%THIDUA_ARCH%""
set "THIDUA_TAGS=cds"
if %JMAJOR% LSS 24 goto :kind
set "THIDUA_ARCH=%LOCALAPPDATA%\thidua\thidua-%THIDUA_VERSION%.aot"
set "THIDUA_USE=-XX:AOTCache="%THIDUA_ARCH%""
if %JMAJOR% GEQ 25 set "THIDUA_TAGS=aot,cds"
:kind

rem What the archive was recorded for: the Java version, the java that runs, and the size and
rem time of the files the JVM checks it against (the jar, the JVM's library and its default
rem archive, which an update may replace under the same version). The id file holds one line:
rem the state (ok; again: recorded once more after the JVM refused it; none: refused twice, or
rem nothing recorded), then the id.
set "THIDUA_JAVA="
for /f "delims=" %%j in ('where java') do if not defined THIDUA_JAVA set "THIDUA_JAVA=%%~dpj"
set "THIDUA_ID=%JVER% %THIDUA_JAVA%"
for %%f in ("%THIDUA_JAR%" "%THIDUA_JAVA%server\jvm.dll" "%THIDUA_JAVA%server\classes.jsa") do call :ident "%%~f"
set "THIDUA_STAMP="
if exist "%THIDUA_ARCH%.id" set /p THIDUA_STAMP=<"%THIDUA_ARCH%.id"
if "%THIDUA_STAMP%"=="none %THIDUA_ID%" goto :plain
if not exist "%THIDUA_ARCH%" goto :first
set "THIDUA_STATE="
if "%THIDUA_STAMP%"=="ok %THIDUA_ID%" set "THIDUA_STATE=ok"
if "%THIDUA_STAMP%"=="again %THIDUA_ID%" set "THIDUA_STATE=again"
if not defined THIDUA_STATE goto :first

rem With the archive, and the JVM's word on whether it used it. The log's name is quoted for
rem -Xlog, which reads the colon of a Windows path as a separator; the whole option is quoted too,
rem so that a space in the path does not split it.
set "THIDUA_LOG=%LOCALAPPDATA%\thidua\run.%RANDOM%%RANDOM%.log"
java %THIDUA_USE% %THIDUA_OPTS% "-Xlog:%THIDUA_TAGS%=info:file=\"%THIDUA_LOG%\"::filecount=0" %THIDUA_JAVA_OPTS% -jar "%THIDUA_JAR%" %*
set "THIDUA_CODE=%ERRORLEVEL%"
if not exist "%THIDUA_LOG%" goto :end
set "THIDUA_USED="
for %%f in ("%THIDUA_LOG%") do if %%~zf EQU 0 set "THIDUA_USED=unsaid"
findstr /l /c:"[error" "%THIDUA_LOG%" >nul 2>nul && set "THIDUA_USED=no"
if not defined THIDUA_USED findstr /l /c:"Mapped dynamic region" /c:"Opened AOT cache" "%THIDUA_LOG%" >nul 2>nul && set "THIDUA_USED=yes"
del /f /q "%THIDUA_LOG%" >nul 2>nul
if "%THIDUA_USED%"=="yes" goto :end
if "%THIDUA_USED%"=="unsaid" goto :end
if "%THIDUA_STATE%"=="ok" call :train again
if "%THIDUA_STATE%"=="again" >"%THIDUA_ARCH%.id" echo none %THIDUA_ID%
goto :end

:first
rem No archive for this Java and jar: the command first, as it runs without one (its output and
rem exit code are the user's), then the training run records one.
java %THIDUA_OPTS% %THIDUA_JAVA_OPTS% -jar "%THIDUA_JAR%" %*
set "THIDUA_CODE=%ERRORLEVEL%"
call :train ok
goto :end

:plain
java %THIDUA_OPTS% %THIDUA_JAVA_OPTS% -jar "%THIDUA_JAR%" %*
set "THIDUA_CODE=%ERRORLEVEL%"
goto :end

:ident
rem One file of the id: its size and time, nothing when it is missing.
if exist "%~1" set "THIDUA_ID=%THIDUA_ID% %~z1 %~t1"
goto :eof

:train
rem The training run, quiet: its failure only means no archive. Recorded under a private name
rem and moved in whole: runs may race. The JVM writes archives read-only, and move does not
rem replace a read-only file; one that another run has mapped cannot be replaced at all.
set "THIDUA_TMP=%THIDUA_ARCH%.%RANDOM%%RANDOM%.tmp"
if %JMAJOR% GEQ 24 goto :trainaot
java -Xshare:auto -XX:ArchiveClassesAtExit="%THIDUA_TMP%" %THIDUA_OPTS% -cp "%THIDUA_JAR%" vn.thidua.cli.Training "%THIDUA_SAMPLES%" <nul >nul 2>nul
goto :trained
:trainaot
java %THIDUA_OPTS% -XX:AOTMode=record -XX:AOTConfiguration="%THIDUA_TMP%.conf" -cp "%THIDUA_JAR%" vn.thidua.cli.Training "%THIDUA_SAMPLES%" <nul >nul 2>nul
if exist "%THIDUA_TMP%.conf" java %THIDUA_OPTS% -XX:AOTMode=create -XX:AOTConfiguration="%THIDUA_TMP%.conf" -XX:AOTCache="%THIDUA_TMP%" -cp "%THIDUA_JAR%" <nul >nul 2>nul
if exist "%THIDUA_TMP%.conf" del /f /q "%THIDUA_TMP%.conf" >nul 2>nul
:trained
if not exist "%THIDUA_TMP%" >"%THIDUA_ARCH%.id" echo none %THIDUA_ID%
if not exist "%THIDUA_TMP%" goto :eof
if exist "%THIDUA_ARCH%" del /f /q "%THIDUA_ARCH%" >nul 2>nul
move /y "%THIDUA_TMP%" "%THIDUA_ARCH%" >nul 2>nul && >"%THIDUA_ARCH%.id" echo %1 %THIDUA_ID%
if exist "%THIDUA_TMP%" del /f /q "%THIDUA_TMP%" >nul 2>nul
goto :eof

:badjavahome
>&2 echo thidua: JAVA_HOME (%JAVA_HOME%) không có bin\java.exe; cần Java 17 trở lên / JAVA_HOME (%JAVA_HOME%) has no bin\java.exe; Java 17 or newer is needed.
goto :end

:nojava
>&2 echo thidua: cần Java 17 trở lên nhưng không tìm thấy lệnh java (cài Java 17+ hoặc đặt JAVA_HOME) / Java 17 or newer is needed, but java was not found (install Java 17+ or set JAVA_HOME).
goto :end

:unknownjava
>&2 echo thidua: không chạy được java để biết phiên bản; cần Java 17 trở lên (cài Java 17+ hoặc đặt JAVA_HOME) / could not run java to tell its version; Java 17 or newer is needed (install Java 17+ or set JAVA_HOME).
goto :end

:oldjava
>&2 echo thidua: Java %JVER% quá cũ, cần Java 17 trở lên / Java %JVER% is too old, Java 17 or newer is needed.
goto :end

:end
if defined THIDUA_CP chcp %THIDUA_CP% >nul
exit /b %THIDUA_CODE%
