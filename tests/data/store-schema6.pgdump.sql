--
-- PostgreSQL database dump
--

\restrict hhvORDdINxALp1UCAITCbBPEaUDdYmQsvVVuCv7oT5oesPdTHf7Z8257LK48yfe

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: actions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.actions (
    id integer NOT NULL,
    session_id integer NOT NULL,
    domain character varying(20) NOT NULL,
    what text NOT NULL,
    why text NOT NULL,
    who text NOT NULL,
    due date,
    measure text NOT NULL,
    status character varying(20) NOT NULL,
    "position" integer NOT NULL,
    updated_at timestamp with time zone NOT NULL
);


--
-- Name: actions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.actions_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: actions_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.actions_id_seq OWNED BY public.actions.id;


--
-- Name: answers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.answers (
    respondent_id integer NOT NULL,
    item character varying(40) NOT NULL,
    value smallint,
    dont_know boolean NOT NULL
);


--
-- Name: domain_notes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.domain_notes (
    session_id integer NOT NULL,
    domain character varying(20) NOT NULL,
    notes text,
    agreed_level integer,
    priority integer,
    updated_at timestamp with time zone NOT NULL
);


--
-- Name: instruments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.instruments (
    checksum character varying(64) NOT NULL,
    name character varying(200) NOT NULL,
    version character varying(50) NOT NULL,
    content text NOT NULL,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: invitation_codes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.invitation_codes (
    digest character varying(64) NOT NULL,
    session_id integer NOT NULL,
    used boolean NOT NULL
);


--
-- Name: poll_rounds; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.poll_rounds (
    id integer NOT NULL,
    session_id integer NOT NULL,
    code character varying(12) NOT NULL,
    kind character varying(10) NOT NULL,
    target character varying(40) NOT NULL,
    opened_on date NOT NULL,
    closed_on date,
    revealed boolean NOT NULL,
    by_profession boolean NOT NULL,
    counts text NOT NULL
);


--
-- Name: poll_rounds_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.poll_rounds_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: poll_rounds_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.poll_rounds_id_seq OWNED BY public.poll_rounds.id;


--
-- Name: poll_votes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.poll_votes (
    round_id integer NOT NULL,
    voter character varying(64) NOT NULL,
    answer character varying(12),
    profession character varying(20)
);


--
-- Name: remarks; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.remarks (
    id integer NOT NULL,
    session_id integer NOT NULL,
    domain character varying(20) NOT NULL,
    text text NOT NULL
);


--
-- Name: remarks_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.remarks_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: remarks_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.remarks_id_seq OWNED BY public.remarks.id;


--
-- Name: respondents; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.respondents (
    id integer NOT NULL,
    session_id integer NOT NULL,
    number integer NOT NULL,
    profession character varying(20) NOT NULL,
    echelon character varying(40) NOT NULL
);


--
-- Name: respondents_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.respondents_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: respondents_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.respondents_id_seq OWNED BY public.respondents.id;


--
-- Name: rooms; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.rooms (
    session_id integer NOT NULL,
    step character varying(80) NOT NULL,
    revealed text NOT NULL,
    black boolean NOT NULL,
    presenting boolean NOT NULL,
    revision integer NOT NULL,
    html text NOT NULL,
    agenda text NOT NULL,
    used text NOT NULL
);


--
-- Name: schema_version; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.schema_version (
    version integer NOT NULL,
    applied_at timestamp with time zone NOT NULL
);


--
-- Name: sessions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sessions (
    id integer NOT NULL,
    vsv character varying(200) NOT NULL,
    date date NOT NULL,
    wave character varying(20) NOT NULL,
    instrument_name character varying(200) NOT NULL,
    instrument_version character varying(50) NOT NULL,
    instrument_checksum character varying(64) NOT NULL,
    domain_codes text NOT NULL,
    min_group_size integer,
    source_name character varying(500),
    source_checksum character varying(64),
    created_at timestamp with time zone NOT NULL
);


--
-- Name: sessions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.sessions_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: sessions_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.sessions_id_seq OWNED BY public.sessions.id;


--
-- Name: surveys; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.surveys (
    session_id integer NOT NULL,
    token character varying(64) NOT NULL,
    opened_on date NOT NULL,
    closes_on date,
    closed_on date,
    invited integer,
    invited_by_profession text,
    uses_codes boolean NOT NULL
);


--
-- Name: actions id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.actions ALTER COLUMN id SET DEFAULT nextval('public.actions_id_seq'::regclass);


--
-- Name: poll_rounds id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.poll_rounds ALTER COLUMN id SET DEFAULT nextval('public.poll_rounds_id_seq'::regclass);


--
-- Name: remarks id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.remarks ALTER COLUMN id SET DEFAULT nextval('public.remarks_id_seq'::regclass);


--
-- Name: respondents id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.respondents ALTER COLUMN id SET DEFAULT nextval('public.respondents_id_seq'::regclass);


--
-- Name: sessions id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions ALTER COLUMN id SET DEFAULT nextval('public.sessions_id_seq'::regclass);


--
-- Data for Name: actions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.actions (id, session_id, domain, what, why, who, due, measure, status, "position", updated_at) FROM stdin;
2	1	SUP	Eén gedeeld dossier kiezen	Informatie gaat verloren	bestuur en ICT	2027-03-01	keuze vastgelegd	open	2	2026-12-02 04:58:02.944557+00
3	1	SUP	Perined-cijfers elk kwartaal bespreken	Leren van uitkomsten	kwaliteitscommissie	2027-01-15	vier besprekingen per jaar	open	3	2026-12-02 04:58:02.945746+00
4	1	ORG	Mandaat van de werkgroepen opschrijven	Onduidelijk wie besluit	voorzitter	2026-11-15	mandaat in het jaarplan	open	4	2026-12-02 04:58:02.946816+00
5	1	CLI	Cliëntenpanel twee keer per jaar	Ervaringen van cliënten terughoren	cliëntvertegenwoordiger	2027-02-01	twee panels gehouden	open	5	2026-12-02 04:58:02.947849+00
6	1	OMG	Gesprek met de zorgverzekeraar	Integrale bekostiging verkennen	bestuur	2027-04-01	verslag van het gesprek	open	6	2026-12-02 04:58:02.948926+00
1	1	COO	Overdrachtsafspraken voor de nacht vastleggen	Overdracht loopt stroef	werkgroep zorgpaden	2026-12-01	protocol vastgesteld in het VSV-bestuur	in_progress	1	2026-12-02 04:58:02.953428+00
\.


--
-- Data for Name: answers; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.answers (respondent_id, item, value, dont_know) FROM stdin;
1	CLI1	3	f
1	CLI2	3	f
1	CLI3	3	f
1	CLI4	4	f
1	CLI5	3	f
1	CLI_W	4	f
1	COO1	3	f
1	COO2	3	f
1	COO3	3	f
1	COO4	4	f
1	COO5	3	f
1	COO_W	4	f
1	ORG1	3	f
1	ORG2	3	f
1	ORG3	4	f
1	ORG4	4	f
1	ORG5	3	f
1	ORG_W	4	f
1	SUP1	\N	t
1	SUP2	2	f
1	SUP3	1	f
1	SUP4	2	f
1	SUP5	2	f
1	SUP_W	2	f
1	OMG1	3	f
1	OMG2	4	f
1	OMG3	\N	t
1	OMG4	2	f
1	OMG5	3	f
1	OMG_W	4	f
1	REF1	4	f
1	REF2	3	f
1	REF3	4	f
1	REF4	4	f
1	REF5	3	f
1	REF_W	4	f
2	CLI1	4	f
2	CLI2	2	f
2	CLI3	\N	t
2	CLI4	2	f
2	CLI5	2	f
2	CLI_W	4	f
2	COO1	2	f
2	COO2	2	f
2	COO3	2	f
2	COO4	\N	t
2	COO5	3	f
2	COO_W	3	f
2	ORG1	1	f
2	ORG2	1	f
2	ORG3	2	f
2	ORG4	2	f
2	ORG5	3	f
2	ORG_W	3	f
2	SUP1	2	f
2	SUP2	3	f
2	SUP3	3	f
2	SUP4	\N	t
2	SUP5	3	f
2	SUP_W	3	f
2	OMG1	2	f
2	OMG2	\N	t
2	OMG3	\N	t
2	OMG4	2	f
2	OMG5	3	f
2	OMG_W	3	f
2	REF1	3	f
2	REF2	4	f
2	REF3	4	f
2	REF4	4	f
2	REF5	3	f
2	REF_W	4	f
3	CLI1	4	f
3	CLI2	3	f
3	CLI3	3	f
3	CLI4	2	f
3	CLI5	\N	t
3	CLI_W	\N	f
3	COO1	2	f
3	COO2	3	f
3	COO3	3	f
3	COO4	2	f
3	COO5	3	f
3	COO_W	4	f
3	ORG1	3	f
3	ORG2	4	f
3	ORG3	3	f
3	ORG4	3	f
3	ORG5	4	f
3	ORG_W	4	f
3	SUP1	3	f
3	SUP2	2	f
3	SUP3	2	f
3	SUP4	2	f
3	SUP5	2	f
3	SUP_W	3	f
3	OMG1	2	f
3	OMG2	2	f
3	OMG3	\N	t
3	OMG4	2	f
3	OMG5	\N	f
3	OMG_W	2	f
3	REF1	3	f
3	REF2	3	f
3	REF3	3	f
3	REF4	4	f
3	REF5	2	f
3	REF_W	3	f
4	CLI1	3	f
4	CLI2	3	f
4	CLI3	2	f
4	CLI4	2	f
4	CLI5	3	f
4	CLI_W	4	f
4	COO1	3	f
4	COO2	3	f
4	COO3	3	f
4	COO4	4	f
4	COO5	3	f
4	COO_W	4	f
4	ORG1	2	f
4	ORG2	2	f
4	ORG3	3	f
4	ORG4	1	f
4	ORG5	2	f
4	ORG_W	3	f
4	SUP1	\N	f
4	SUP2	\N	f
4	SUP3	\N	f
4	SUP4	\N	f
4	SUP5	\N	f
4	SUP_W	\N	f
4	OMG1	\N	f
4	OMG2	\N	f
4	OMG3	\N	f
4	OMG4	\N	f
4	OMG5	\N	f
4	OMG_W	\N	f
4	REF1	\N	f
4	REF2	\N	f
4	REF3	\N	f
4	REF4	\N	f
4	REF5	\N	f
4	REF_W	\N	f
5	CLI1	2	f
5	CLI2	1	f
5	CLI3	1	f
5	CLI4	2	f
5	CLI5	2	f
5	CLI_W	2	f
5	COO1	2	f
5	COO2	2	f
5	COO3	1	f
5	COO4	2	f
5	COO5	3	f
5	COO_W	3	f
5	ORG1	3	f
5	ORG2	2	f
5	ORG3	2	f
5	ORG4	2	f
5	ORG5	2	f
5	ORG_W	3	f
5	SUP1	2	f
5	SUP2	2	f
5	SUP3	1	f
5	SUP4	2	f
5	SUP5	\N	t
5	SUP_W	2	f
5	OMG1	2	f
5	OMG2	2	f
5	OMG3	2	f
5	OMG4	2	f
5	OMG5	1	f
5	OMG_W	3	f
5	REF1	2	f
5	REF2	4	f
5	REF3	3	f
5	REF4	3	f
5	REF5	3	f
5	REF_W	4	f
6	CLI1	1	f
6	CLI2	1	f
6	CLI3	1	f
6	CLI4	2	f
6	CLI5	2	f
6	CLI_W	3	f
6	COO1	2	f
6	COO2	2	f
6	COO3	2	f
6	COO4	2	f
6	COO5	2	f
6	COO_W	3	f
6	ORG1	2	f
6	ORG2	2	f
6	ORG3	1	f
6	ORG4	2	f
6	ORG5	2	f
6	ORG_W	3	f
6	SUP1	2	f
6	SUP2	2	f
6	SUP3	1	f
6	SUP4	1	f
6	SUP5	2	f
6	SUP_W	2	f
6	OMG1	\N	t
6	OMG2	3	f
6	OMG3	2	f
6	OMG4	\N	t
6	OMG5	\N	t
6	OMG_W	2	f
6	REF1	3	f
6	REF2	4	f
6	REF3	\N	t
6	REF4	3	f
6	REF5	3	f
6	REF_W	4	f
7	CLI1	3	f
7	CLI2	2	f
7	CLI3	2	f
7	CLI4	3	f
7	CLI5	3	f
7	CLI_W	4	f
7	COO1	1	f
7	COO2	3	f
7	COO3	2	f
7	COO4	2	f
7	COO5	3	f
7	COO_W	4	f
7	ORG1	2	f
7	ORG2	3	f
7	ORG3	2	f
7	ORG4	1	f
7	ORG5	1	f
7	ORG_W	4	f
7	SUP1	2	f
7	SUP2	3	f
7	SUP3	2	f
7	SUP4	2	f
7	SUP5	2	f
7	SUP_W	3	f
7	OMG1	3	f
7	OMG2	3	f
7	OMG3	1	f
7	OMG4	2	f
7	OMG5	\N	t
7	OMG_W	3	f
7	REF1	3	f
7	REF2	2	f
7	REF3	3	f
7	REF4	3	f
7	REF5	3	f
7	REF_W	4	f
8	CLI1	3	f
8	CLI2	2	f
8	CLI3	4	f
8	CLI4	3	f
8	CLI5	2	f
8	CLI_W	\N	t
8	COO1	2	f
8	COO2	2	f
8	COO3	3	f
8	COO4	2	f
8	COO5	2	f
8	COO_W	3	f
8	ORG1	2	f
8	ORG2	4	f
8	ORG3	3	f
8	ORG4	2	f
8	ORG5	2	f
8	ORG_W	4	f
8	SUP1	2	f
8	SUP2	1	f
8	SUP3	2	f
8	SUP4	1	f
8	SUP5	1	f
8	SUP_W	2	f
8	OMG1	1	f
8	OMG2	\N	t
8	OMG3	\N	t
8	OMG4	1	f
8	OMG5	2	f
8	OMG_W	3	f
8	REF1	4	f
8	REF2	4	f
8	REF3	4	f
8	REF4	3	f
8	REF5	3	f
8	REF_W	4	f
9	CLI1	2	f
9	CLI2	2	f
9	CLI3	3	f
9	CLI4	1	f
9	CLI5	1	f
9	CLI_W	3	f
9	COO1	1	f
9	COO2	2	f
9	COO3	3	f
9	COO4	3	f
9	COO5	2	f
9	COO_W	3	f
9	ORG1	3	f
9	ORG2	2	f
9	ORG3	3	f
9	ORG4	2	f
9	ORG5	3	f
9	ORG_W	4	f
9	SUP1	3	f
9	SUP2	2	f
9	SUP3	2	f
9	SUP4	3	f
9	SUP5	2	f
9	SUP_W	4	f
9	OMG1	2	f
9	OMG2	3	f
9	OMG3	2	f
9	OMG4	2	f
9	OMG5	3	f
9	OMG_W	4	f
9	REF1	3	f
9	REF2	4	f
9	REF3	3	f
9	REF4	3	f
9	REF5	3	f
9	REF_W	4	f
10	CLI1	3	f
10	CLI2	2	f
10	CLI3	3	f
10	CLI4	2	f
10	CLI5	2	f
10	CLI_W	4	f
10	COO1	4	f
10	COO2	2	f
10	COO3	2	f
10	COO4	3	f
10	COO5	\N	f
10	COO_W	4	f
10	ORG1	3	f
10	ORG2	3	f
10	ORG3	3	f
10	ORG4	2	f
10	ORG5	3	f
10	ORG_W	4	f
10	SUP1	2	f
10	SUP2	2	f
10	SUP3	2	f
10	SUP4	2	f
10	SUP5	1	f
10	SUP_W	3	f
10	OMG1	2	f
10	OMG2	2	f
10	OMG3	\N	t
10	OMG4	2	f
10	OMG5	2	f
10	OMG_W	3	f
10	REF1	3	f
10	REF2	4	f
10	REF3	3	f
10	REF4	3	f
10	REF5	2	f
10	REF_W	4	f
11	CLI1	3	f
11	CLI2	3	f
11	CLI3	3	f
11	CLI4	\N	t
11	CLI5	3	f
11	CLI_W	4	f
11	COO1	3	f
11	COO2	3	f
11	COO3	2	f
11	COO4	2	f
11	COO5	2	f
11	COO_W	4	f
11	ORG1	3	f
11	ORG2	3	f
11	ORG3	2	f
11	ORG4	2	f
11	ORG5	2	f
11	ORG_W	3	f
11	SUP1	2	f
11	SUP2	3	f
11	SUP3	2	f
11	SUP4	1	f
11	SUP5	2	f
11	SUP_W	3	f
11	OMG1	2	f
11	OMG2	4	f
11	OMG3	2	f
11	OMG4	1	f
11	OMG5	2	f
11	OMG_W	4	f
11	REF1	3	f
11	REF2	3	f
11	REF3	3	f
11	REF4	\N	f
11	REF5	4	f
11	REF_W	4	f
12	CLI1	2	f
12	CLI2	2	f
12	CLI3	2	f
12	CLI4	2	f
12	CLI5	3	f
12	CLI_W	4	f
12	COO1	3	f
12	COO2	\N	t
12	COO3	1	f
12	COO4	3	f
12	COO5	3	f
12	COO_W	3	f
12	ORG1	3	f
12	ORG2	3	f
12	ORG3	4	f
12	ORG4	4	f
12	ORG5	3	f
12	ORG_W	4	f
12	SUP1	3	f
12	SUP2	2	f
12	SUP3	3	f
12	SUP4	2	f
12	SUP5	3	f
12	SUP_W	3	f
12	OMG1	3	f
12	OMG2	3	f
12	OMG3	3	f
12	OMG4	3	f
12	OMG5	3	f
12	OMG_W	4	f
12	REF1	3	f
12	REF2	3	f
12	REF3	2	f
12	REF4	3	f
12	REF5	3	f
12	REF_W	4	f
13	CLI1	3	f
13	CLI2	3	f
13	CLI3	2	f
13	CLI4	2	f
13	CLI5	3	f
13	CLI_W	4	f
13	COO1	3	f
13	COO2	4	f
13	COO3	\N	t
13	COO4	3	f
13	COO5	4	f
13	COO_W	4	f
13	ORG1	3	f
13	ORG2	2	f
13	ORG3	2	f
13	ORG4	3	f
13	ORG5	\N	f
13	ORG_W	3	f
13	SUP1	1	f
13	SUP2	\N	t
13	SUP3	1	f
13	SUP4	2	f
13	SUP5	1	f
13	SUP_W	3	f
13	OMG1	2	f
13	OMG2	\N	t
13	OMG3	2	f
13	OMG4	2	f
13	OMG5	2	f
13	OMG_W	3	f
13	REF1	3	f
13	REF2	3	f
13	REF3	3	f
13	REF4	3	f
13	REF5	2	f
13	REF_W	4	f
14	CLI1	2	f
14	CLI2	3	f
14	CLI3	3	f
14	CLI4	2	f
14	CLI5	3	f
14	CLI_W	4	f
14	COO1	2	f
14	COO2	2	f
14	COO3	2	f
14	COO4	2	f
14	COO5	3	f
14	COO_W	3	f
14	ORG1	2	f
14	ORG2	2	f
14	ORG3	2	f
14	ORG4	2	f
14	ORG5	2	f
14	ORG_W	3	f
14	SUP1	1	f
14	SUP2	1	f
14	SUP3	1	f
14	SUP4	2	f
14	SUP5	2	f
14	SUP_W	3	f
14	OMG1	3	f
14	OMG2	2	f
14	OMG3	1	f
14	OMG4	1	f
14	OMG5	1	f
14	OMG_W	3	f
14	REF1	2	f
14	REF2	2	f
14	REF3	2	f
14	REF4	2	f
14	REF5	\N	t
14	REF_W	3	f
15	CLI1	3	f
15	CLI2	3	f
15	CLI3	3	f
15	CLI4	2	f
15	CLI5	3	f
15	CLI_W	4	f
15	COO1	\N	t
15	COO2	\N	t
15	COO3	2	f
15	COO4	3	f
15	COO5	3	f
15	COO_W	\N	t
15	ORG1	3	f
15	ORG2	3	f
15	ORG3	3	f
15	ORG4	2	f
15	ORG5	2	f
15	ORG_W	4	f
15	SUP1	3	f
15	SUP2	4	f
15	SUP3	3	f
15	SUP4	2	f
15	SUP5	2	f
15	SUP_W	4	f
15	OMG1	4	f
15	OMG2	3	f
15	OMG3	3	f
15	OMG4	3	f
15	OMG5	3	f
15	OMG_W	4	f
15	REF1	4	f
15	REF2	4	f
15	REF3	4	f
15	REF4	4	f
15	REF5	4	f
15	REF_W	4	f
16	CLI1	2	f
16	CLI2	3	f
16	CLI3	3	f
16	CLI4	2	f
16	CLI5	2	f
16	CLI_W	4	f
16	COO1	2	f
16	COO2	3	f
16	COO3	3	f
16	COO4	3	f
16	COO5	4	f
16	COO_W	4	f
16	ORG1	3	f
16	ORG2	3	f
16	ORG3	4	f
16	ORG4	2	f
16	ORG5	3	f
16	ORG_W	4	f
16	SUP1	2	f
16	SUP2	2	f
16	SUP3	2	f
16	SUP4	2	f
16	SUP5	2	f
16	SUP_W	3	f
16	OMG1	2	f
16	OMG2	4	f
16	OMG3	2	f
16	OMG4	3	f
16	OMG5	2	f
16	OMG_W	4	f
16	REF1	2	f
16	REF2	3	f
16	REF3	4	f
16	REF4	3	f
16	REF5	2	f
16	REF_W	4	f
17	CLI1	3	f
17	CLI2	3	f
17	CLI3	3	f
17	CLI4	2	f
17	CLI5	3	f
17	CLI_W	3	f
17	COO1	3	f
17	COO2	2	f
17	COO3	3	f
17	COO4	2	f
17	COO5	2	f
17	COO_W	4	f
17	ORG1	3	f
17	ORG2	\N	t
17	ORG3	2	f
17	ORG4	2	f
17	ORG5	2	f
17	ORG_W	4	f
17	SUP1	2	f
17	SUP2	1	f
17	SUP3	2	f
17	SUP4	2	f
17	SUP5	2	f
17	SUP_W	2	f
17	OMG1	\N	t
17	OMG2	2	f
17	OMG3	3	f
17	OMG4	3	f
17	OMG5	\N	t
17	OMG_W	4	f
17	REF1	3	f
17	REF2	3	f
17	REF3	3	f
17	REF4	3	f
17	REF5	2	f
17	REF_W	4	f
18	CLI1	2	f
18	CLI2	3	f
18	CLI3	3	f
18	CLI4	3	f
18	CLI5	2	f
18	CLI_W	3	f
18	COO1	2	f
18	COO2	2	f
18	COO3	2	f
18	COO4	2	f
18	COO5	3	f
18	COO_W	3	f
18	ORG1	2	f
18	ORG2	4	f
18	ORG3	3	f
18	ORG4	3	f
18	ORG5	3	f
18	ORG_W	4	f
18	SUP1	1	f
18	SUP2	2	f
18	SUP3	1	f
18	SUP4	1	f
18	SUP5	1	f
18	SUP_W	2	f
18	OMG1	2	f
18	OMG2	2	f
18	OMG3	2	f
18	OMG4	1	f
18	OMG5	1	f
18	OMG_W	3	f
18	REF1	4	f
18	REF2	4	f
18	REF3	3	f
18	REF4	4	f
18	REF5	3	f
18	REF_W	4	f
19	CLI1	3	f
19	CLI2	1	f
19	CLI3	3	f
19	CLI4	2	f
19	CLI5	2	f
19	CLI_W	3	f
19	COO1	2	f
19	COO2	2	f
19	COO3	2	f
19	COO4	2	f
19	COO5	3	f
19	COO_W	2	f
19	ORG1	2	f
19	ORG2	2	f
19	ORG3	2	f
19	ORG4	2	f
19	ORG5	1	f
19	ORG_W	3	f
19	SUP1	1	f
19	SUP2	2	f
19	SUP3	1	f
19	SUP4	1	f
19	SUP5	2	f
19	SUP_W	2	f
19	OMG1	3	f
19	OMG2	2	f
19	OMG3	2	f
19	OMG4	\N	f
19	OMG5	2	f
19	OMG_W	3	f
19	REF1	3	f
19	REF2	3	f
19	REF3	3	f
19	REF4	\N	f
19	REF5	2	f
19	REF_W	3	f
20	CLI1	3	f
20	CLI2	3	f
20	CLI3	3	f
20	CLI4	3	f
20	CLI5	3	f
20	CLI_W	4	f
20	COO1	2	f
20	COO2	2	f
20	COO3	2	f
20	COO4	3	f
20	COO5	2	f
20	COO_W	3	f
20	ORG1	3	f
20	ORG2	1	f
20	ORG3	2	f
20	ORG4	2	f
20	ORG5	1	f
20	ORG_W	3	f
20	SUP1	\N	t
20	SUP2	3	f
20	SUP3	2	f
20	SUP4	\N	t
20	SUP5	2	f
20	SUP_W	3	f
20	OMG1	2	f
20	OMG2	2	f
20	OMG3	1	f
20	OMG4	2	f
20	OMG5	\N	t
20	OMG_W	3	f
20	REF1	3	f
20	REF2	3	f
20	REF3	4	f
20	REF4	4	f
20	REF5	3	f
20	REF_W	4	f
21	CLI1	2	f
21	CLI2	2	f
21	CLI3	2	f
21	CLI4	1	f
21	CLI5	3	f
21	CLI_W	3	f
21	COO1	2	f
21	COO2	2	f
21	COO3	2	f
21	COO4	1	f
21	COO5	2	f
21	COO_W	3	f
21	ORG1	3	f
21	ORG2	3	f
21	ORG3	3	f
21	ORG4	1	f
21	ORG5	2	f
21	ORG_W	4	f
21	SUP1	1	f
21	SUP2	1	f
21	SUP3	1	f
21	SUP4	1	f
21	SUP5	1	f
21	SUP_W	2	f
21	OMG1	2	f
21	OMG2	2	f
21	OMG3	2	f
21	OMG4	1	f
21	OMG5	2	f
21	OMG_W	3	f
21	REF1	2	f
21	REF2	3	f
21	REF3	3	f
21	REF4	3	f
21	REF5	3	f
21	REF_W	4	f
22	CLI1	3	f
22	CLI2	4	f
22	CLI3	3	f
22	CLI4	3	f
22	CLI5	3	f
22	CLI_W	4	f
22	COO1	3	f
22	COO2	2	f
22	COO3	3	f
22	COO4	3	f
22	COO5	3	f
22	COO_W	4	f
22	ORG1	3	f
22	ORG2	4	f
22	ORG3	3	f
22	ORG4	4	f
22	ORG5	4	f
22	ORG_W	4	f
22	SUP1	\N	t
22	SUP2	2	f
22	SUP3	2	f
22	SUP4	2	f
22	SUP5	2	f
22	SUP_W	3	f
22	OMG1	3	f
22	OMG2	3	f
22	OMG3	3	f
22	OMG4	2	f
22	OMG5	\N	f
22	OMG_W	4	f
22	REF1	3	f
22	REF2	3	f
22	REF3	3	f
22	REF4	3	f
22	REF5	4	f
22	REF_W	4	f
23	CLI1	4	f
23	CLI2	3	f
23	CLI3	2	f
23	CLI4	3	f
23	CLI5	3	f
23	CLI_W	4	f
23	COO1	3	f
23	COO2	2	f
23	COO3	3	f
23	COO4	3	f
23	COO5	3	f
23	COO_W	4	f
23	ORG1	3	f
23	ORG2	2	f
23	ORG3	3	f
23	ORG4	3	f
23	ORG5	2	f
23	ORG_W	4	f
23	SUP1	2	f
23	SUP2	3	f
23	SUP3	1	f
23	SUP4	2	f
23	SUP5	2	f
23	SUP_W	3	f
23	OMG1	2	f
23	OMG2	2	f
23	OMG3	2	f
23	OMG4	3	f
23	OMG5	2	f
23	OMG_W	3	f
23	REF1	3	f
23	REF2	4	f
23	REF3	4	f
23	REF4	4	f
23	REF5	4	f
23	REF_W	4	f
24	CLI1	3	f
24	CLI2	4	f
24	CLI3	2	f
24	CLI4	2	f
24	CLI5	2	f
24	CLI_W	4	f
24	COO1	2	f
24	COO2	2	f
24	COO3	2	f
24	COO4	3	f
24	COO5	3	f
24	COO_W	4	f
24	ORG1	3	f
24	ORG2	2	f
24	ORG3	2	f
24	ORG4	2	f
24	ORG5	2	f
24	ORG_W	3	f
24	SUP1	1	f
24	SUP2	\N	t
24	SUP3	3	f
24	SUP4	2	f
24	SUP5	2	f
24	SUP_W	4	f
24	OMG1	4	f
24	OMG2	\N	t
24	OMG3	2	f
24	OMG4	3	f
24	OMG5	\N	t
24	OMG_W	4	f
24	REF1	3	f
24	REF2	4	f
24	REF3	4	f
24	REF4	4	f
24	REF5	4	f
24	REF_W	4	f
25	CLI1	3	f
25	CLI2	3	f
25	CLI3	4	f
25	CLI4	2	f
25	CLI5	4	f
25	CLI_W	4	f
25	COO1	3	f
25	COO2	3	f
25	COO3	3	f
25	COO4	4	f
25	COO5	3	f
25	COO_W	4	f
25	ORG1	3	f
25	ORG2	3	f
25	ORG3	2	f
25	ORG4	2	f
25	ORG5	2	f
25	ORG_W	4	f
25	SUP1	1	f
25	SUP2	1	f
25	SUP3	2	f
25	SUP4	1	f
25	SUP5	1	f
25	SUP_W	3	f
25	OMG1	3	f
25	OMG2	2	f
25	OMG3	\N	t
25	OMG4	3	f
25	OMG5	4	f
25	OMG_W	4	f
25	REF1	4	f
25	REF2	2	f
25	REF3	3	f
25	REF4	3	f
25	REF5	3	f
25	REF_W	4	f
26	CLI1	3	f
26	CLI2	3	f
26	CLI3	4	f
26	CLI4	3	f
26	CLI5	3	f
26	CLI_W	4	f
26	COO1	3	f
26	COO2	3	f
26	COO3	3	f
26	COO4	3	f
26	COO5	4	f
26	COO_W	4	f
26	ORG1	3	f
26	ORG2	3	f
26	ORG3	3	f
26	ORG4	2	f
26	ORG5	3	f
26	ORG_W	4	f
26	SUP1	2	f
26	SUP2	2	f
26	SUP3	1	f
26	SUP4	2	f
26	SUP5	2	f
26	SUP_W	3	f
26	OMG1	3	f
26	OMG2	2	f
26	OMG3	2	f
26	OMG4	3	f
26	OMG5	2	f
26	OMG_W	3	f
26	REF1	4	f
26	REF2	3	f
26	REF3	3	f
26	REF4	3	f
26	REF5	4	f
26	REF_W	4	f
27	CLI1	3	f
27	CLI2	2	f
27	CLI3	3	f
27	CLI4	3	f
27	CLI5	2	f
27	CLI_W	4	f
27	COO1	2	f
27	COO2	2	f
27	COO3	2	f
27	COO4	2	f
27	COO5	1	f
27	COO_W	3	f
27	ORG1	2	f
27	ORG2	2	f
27	ORG3	2	f
27	ORG4	2	f
27	ORG5	3	f
27	ORG_W	3	f
27	SUP1	1	f
27	SUP2	2	f
27	SUP3	2	f
27	SUP4	1	f
27	SUP5	1	f
27	SUP_W	\N	t
27	OMG1	3	f
27	OMG2	3	f
27	OMG3	2	f
27	OMG4	2	f
27	OMG5	2	f
27	OMG_W	4	f
27	REF1	2	f
27	REF2	3	f
27	REF3	3	f
27	REF4	3	f
27	REF5	3	f
27	REF_W	3	f
28	CLI1	3	f
28	CLI2	2	f
28	CLI3	2	f
28	CLI4	2	f
28	CLI5	3	f
28	CLI_W	4	f
28	COO1	3	f
28	COO2	1	f
28	COO3	2	f
28	COO4	2	f
28	COO5	1	f
28	COO_W	3	f
28	ORG1	2	f
28	ORG2	3	f
28	ORG3	2	f
28	ORG4	1	f
28	ORG5	2	f
28	ORG_W	4	f
28	SUP1	2	f
28	SUP2	1	f
28	SUP3	1	f
28	SUP4	1	f
28	SUP5	2	f
28	SUP_W	2	f
28	OMG1	3	f
28	OMG2	3	f
28	OMG3	2	f
28	OMG4	2	f
28	OMG5	2	f
28	OMG_W	3	f
28	REF1	4	f
28	REF2	4	f
28	REF3	3	f
28	REF4	4	f
28	REF5	\N	t
28	REF_W	4	f
29	CLI1	3	f
29	CLI2	3	f
29	CLI3	2	f
29	CLI4	1	f
29	CLI5	3	f
29	CLI_W	4	f
29	COO1	\N	t
29	COO2	2	f
29	COO3	2	f
29	COO4	3	f
29	COO5	\N	t
29	COO_W	3	f
29	ORG1	2	f
29	ORG2	3	f
29	ORG3	2	f
29	ORG4	3	f
29	ORG5	1	f
29	ORG_W	3	f
29	SUP1	2	f
29	SUP2	2	f
29	SUP3	2	f
29	SUP4	2	f
29	SUP5	\N	t
29	SUP_W	3	f
29	OMG1	2	f
29	OMG2	2	f
29	OMG3	2	f
29	OMG4	2	f
29	OMG5	\N	t
29	OMG_W	3	f
29	REF1	2	f
29	REF2	4	f
29	REF3	4	f
29	REF4	3	f
29	REF5	3	f
29	REF_W	4	f
30	CLI1	2	f
30	CLI2	2	f
30	CLI3	2	f
30	CLI4	2	f
30	CLI5	2	f
30	CLI_W	3	f
30	COO1	2	f
30	COO2	2	f
30	COO3	2	f
30	COO4	1	f
30	COO5	2	f
30	COO_W	3	f
30	ORG1	3	f
30	ORG2	3	f
30	ORG3	2	f
30	ORG4	2	f
30	ORG5	2	f
30	ORG_W	3	f
30	SUP1	1	f
30	SUP2	2	f
30	SUP3	1	f
30	SUP4	2	f
30	SUP5	1	f
30	SUP_W	3	f
30	OMG1	1	f
30	OMG2	2	f
30	OMG3	\N	t
30	OMG4	1	f
30	OMG5	3	f
30	OMG_W	3	f
30	REF1	3	f
30	REF2	3	f
30	REF3	3	f
30	REF4	3	f
30	REF5	3	f
30	REF_W	4	f
31	CLI1	3	f
31	CLI2	2	f
31	CLI3	3	f
31	CLI4	2	f
31	CLI5	3	f
31	CLI_W	4	f
31	COO1	3	f
31	COO2	2	f
31	COO3	3	f
31	COO4	1	f
31	COO5	2	f
31	COO_W	4	f
31	ORG1	2	f
31	ORG2	3	f
31	ORG3	3	f
31	ORG4	3	f
31	ORG5	3	f
31	ORG_W	4	f
31	SUP1	2	f
31	SUP2	1	f
31	SUP3	1	f
31	SUP4	2	f
31	SUP5	2	f
31	SUP_W	3	f
31	OMG1	2	f
31	OMG2	2	f
31	OMG3	\N	t
31	OMG4	1	f
31	OMG5	2	f
31	OMG_W	3	f
31	REF1	2	f
31	REF2	3	f
31	REF3	4	f
31	REF4	3	f
31	REF5	3	f
31	REF_W	4	f
32	CLI1	3	f
32	CLI2	3	f
32	CLI3	3	f
32	CLI4	3	f
32	CLI5	3	f
32	CLI_W	3	f
32	COO1	2	f
32	COO2	2	f
32	COO3	1	f
32	COO4	2	f
32	COO5	3	f
32	COO_W	3	f
32	ORG1	3	f
32	ORG2	2	f
32	ORG3	2	f
32	ORG4	3	f
32	ORG5	2	f
32	ORG_W	3	f
32	SUP1	2	f
32	SUP2	1	f
32	SUP3	1	f
32	SUP4	2	f
32	SUP5	2	f
32	SUP_W	2	f
32	OMG1	3	f
32	OMG2	2	f
32	OMG3	2	f
32	OMG4	1	f
32	OMG5	3	f
32	OMG_W	3	f
32	REF1	2	f
32	REF2	3	f
32	REF3	2	f
32	REF4	\N	f
32	REF5	2	f
32	REF_W	4	f
33	CLI1	3	f
33	CLI2	3	f
33	CLI3	3	f
33	CLI4	3	f
33	CLI5	3	f
33	CLI_W	3	f
33	COO1	\N	t
33	COO2	2	f
33	COO3	2	f
33	COO4	2	f
33	COO5	4	f
33	COO_W	3	f
33	ORG1	3	f
33	ORG2	2	f
33	ORG3	2	f
33	ORG4	2	f
33	ORG5	2	f
33	ORG_W	3	f
33	SUP1	2	f
33	SUP2	2	f
33	SUP3	2	f
33	SUP4	2	f
33	SUP5	1	f
33	SUP_W	3	f
33	OMG1	\N	t
33	OMG2	\N	t
33	OMG3	2	f
33	OMG4	2	f
33	OMG5	1	f
33	OMG_W	3	f
33	REF1	3	f
33	REF2	2	f
33	REF3	3	f
33	REF4	3	f
33	REF5	3	f
33	REF_W	4	f
34	CLI1	2	f
34	CLI2	2	f
34	CLI3	2	f
34	CLI4	2	f
34	CLI5	3	f
34	CLI_W	2	f
34	COO1	2	f
34	COO2	\N	f
34	COO3	1	f
34	COO4	2	f
34	COO5	2	f
34	COO_W	3	f
34	ORG1	3	f
34	ORG2	3	f
34	ORG3	3	f
34	ORG4	1	f
34	ORG5	3	f
34	ORG_W	4	f
34	SUP1	1	f
34	SUP2	3	f
34	SUP3	2	f
34	SUP4	2	f
34	SUP5	2	f
34	SUP_W	3	f
34	OMG1	2	f
34	OMG2	2	f
34	OMG3	2	f
34	OMG4	1	f
34	OMG5	1	f
34	OMG_W	3	f
34	REF1	4	f
34	REF2	3	f
34	REF3	4	f
34	REF4	2	f
34	REF5	3	f
34	REF_W	4	f
35	CLI1	3	f
35	CLI2	3	f
35	CLI3	2	f
35	CLI4	3	f
35	CLI5	3	f
35	CLI_W	4	f
35	COO1	3	f
35	COO2	2	f
35	COO3	3	f
35	COO4	3	f
35	COO5	3	f
35	COO_W	3	f
35	ORG1	2	f
35	ORG2	2	f
35	ORG3	2	f
35	ORG4	3	f
35	ORG5	\N	t
35	ORG_W	\N	t
35	SUP1	1	f
35	SUP2	1	f
35	SUP3	1	f
35	SUP4	1	f
35	SUP5	1	f
35	SUP_W	2	f
35	OMG1	2	f
35	OMG2	3	f
35	OMG3	\N	t
35	OMG4	3	f
35	OMG5	2	f
35	OMG_W	3	f
35	REF1	3	f
35	REF2	\N	t
35	REF3	4	f
35	REF4	3	f
35	REF5	4	f
35	REF_W	4	f
36	CLI1	3	f
36	CLI2	3	f
36	CLI3	3	f
36	CLI4	3	f
36	CLI5	4	f
36	CLI_W	4	f
36	COO1	3	f
36	COO2	2	f
36	COO3	3	f
36	COO4	3	f
36	COO5	\N	t
36	COO_W	4	f
36	ORG1	3	f
36	ORG2	2	f
36	ORG3	3	f
36	ORG4	2	f
36	ORG5	3	f
36	ORG_W	3	f
36	SUP1	2	f
36	SUP2	2	f
36	SUP3	1	f
36	SUP4	2	f
36	SUP5	2	f
36	SUP_W	2	f
36	OMG1	2	f
36	OMG2	\N	t
36	OMG3	3	f
36	OMG4	2	f
36	OMG5	3	f
36	OMG_W	4	f
36	REF1	4	f
36	REF2	4	f
36	REF3	4	f
36	REF4	4	f
36	REF5	4	f
36	REF_W	4	f
37	CLI1	\N	f
37	CLI2	3	f
37	CLI3	\N	t
37	CLI4	2	f
37	CLI5	2	f
37	CLI_W	4	f
37	COO1	\N	f
37	COO2	3	f
37	COO3	1	f
37	COO4	\N	t
37	COO5	\N	t
37	COO_W	3	f
37	ORG1	3	f
37	ORG2	2	f
37	ORG3	2	f
37	ORG4	2	f
37	ORG5	2	f
37	ORG_W	3	f
37	SUP1	2	f
37	SUP2	\N	t
37	SUP3	\N	t
37	SUP4	2	f
37	SUP5	2	f
37	SUP_W	2	f
37	OMG1	2	f
37	OMG2	3	f
37	OMG3	\N	t
37	OMG4	2	f
37	OMG5	3	f
37	OMG_W	3	f
37	REF1	3	f
37	REF2	3	f
37	REF3	3	f
37	REF4	3	f
37	REF5	3	f
37	REF_W	4	f
38	CLI1	4	f
38	CLI2	3	f
38	CLI3	3	f
38	CLI4	3	f
38	CLI5	4	f
38	CLI_W	4	f
38	COO1	2	f
38	COO2	3	f
38	COO3	2	f
38	COO4	2	f
38	COO5	2	f
38	COO_W	3	f
38	ORG1	3	f
38	ORG2	3	f
38	ORG3	3	f
38	ORG4	\N	t
38	ORG5	2	f
38	ORG_W	4	f
38	SUP1	2	f
38	SUP2	2	f
38	SUP3	2	f
38	SUP4	2	f
38	SUP5	3	f
38	SUP_W	2	f
38	OMG1	3	f
38	OMG2	\N	t
38	OMG3	1	f
38	OMG4	1	f
38	OMG5	\N	t
38	OMG_W	\N	f
38	REF1	3	f
38	REF2	3	f
38	REF3	\N	t
38	REF4	3	f
38	REF5	3	f
38	REF_W	4	f
39	CLI1	3	f
39	CLI2	2	f
39	CLI3	3	f
39	CLI4	3	f
39	CLI5	3	f
39	CLI_W	4	f
39	COO1	3	f
39	COO2	3	f
39	COO3	\N	f
39	COO4	3	f
39	COO5	2	f
39	COO_W	3	f
39	ORG1	1	f
39	ORG2	4	f
39	ORG3	2	f
39	ORG4	2	f
39	ORG5	1	f
39	ORG_W	3	f
39	SUP1	2	f
39	SUP2	1	f
39	SUP3	\N	t
39	SUP4	1	f
39	SUP5	2	f
39	SUP_W	3	f
39	OMG1	3	f
39	OMG2	3	f
39	OMG3	3	f
39	OMG4	3	f
39	OMG5	4	f
39	OMG_W	4	f
39	REF1	2	f
39	REF2	3	f
39	REF3	3	f
39	REF4	4	f
39	REF5	2	f
39	REF_W	4	f
40	CLI1	2	f
40	CLI2	2	f
40	CLI3	2	f
40	CLI4	1	f
40	CLI5	2	f
40	CLI_W	3	f
40	COO1	3	f
40	COO2	3	f
40	COO3	3	f
40	COO4	2	f
40	COO5	2	f
40	COO_W	4	f
40	ORG1	3	f
40	ORG2	3	f
40	ORG3	\N	t
40	ORG4	2	f
40	ORG5	1	f
40	ORG_W	3	f
40	SUP1	2	f
40	SUP2	2	f
40	SUP3	1	f
40	SUP4	2	f
40	SUP5	3	f
40	SUP_W	3	f
40	OMG1	1	f
40	OMG2	1	f
40	OMG3	2	f
40	OMG4	1	f
40	OMG5	1	f
40	OMG_W	3	f
40	REF1	3	f
40	REF2	4	f
40	REF3	4	f
40	REF4	2	f
40	REF5	2	f
40	REF_W	4	f
41	CLI1	3	f
41	CLI2	3	f
41	CLI3	3	f
41	CLI4	2	f
41	CLI5	2	f
41	CLI_W	4	f
41	COO1	3	f
41	COO2	3	f
41	COO3	3	f
41	COO4	2	f
41	COO5	3	f
41	COO_W	4	f
41	ORG1	2	f
41	ORG2	2	f
41	ORG3	3	f
41	ORG4	2	f
41	ORG5	1	f
41	ORG_W	3	f
41	SUP1	2	f
41	SUP2	2	f
41	SUP3	2	f
41	SUP4	1	f
41	SUP5	2	f
41	SUP_W	2	f
41	OMG1	3	f
41	OMG2	3	f
41	OMG3	\N	t
41	OMG4	2	f
41	OMG5	2	f
41	OMG_W	4	f
41	REF1	4	f
41	REF2	4	f
41	REF3	4	f
41	REF4	3	f
41	REF5	\N	t
41	REF_W	4	f
42	CLI1	3	f
42	CLI2	1	f
42	CLI3	1	f
42	CLI4	2	f
42	CLI5	2	f
42	CLI_W	3	f
42	COO1	2	f
42	COO2	2	f
42	COO3	2	f
42	COO4	2	f
42	COO5	3	f
42	COO_W	3	f
42	ORG1	3	f
42	ORG2	3	f
42	ORG3	3	f
42	ORG4	2	f
42	ORG5	2	f
42	ORG_W	4	f
42	SUP1	1	f
42	SUP2	1	f
42	SUP3	1	f
42	SUP4	1	f
42	SUP5	2	f
42	SUP_W	3	f
42	OMG1	2	f
42	OMG2	2	f
42	OMG3	1	f
42	OMG4	2	f
42	OMG5	1	f
42	OMG_W	3	f
42	REF1	4	f
42	REF2	3	f
42	REF3	4	f
42	REF4	3	f
42	REF5	3	f
42	REF_W	4	f
43	CLI1	4	f
43	CLI2	3	f
43	CLI3	3	f
43	CLI4	\N	f
43	CLI5	3	f
43	CLI_W	4	f
43	COO1	4	f
43	COO2	2	f
43	COO3	\N	t
43	COO4	3	f
43	COO5	\N	t
43	COO_W	4	f
43	ORG1	4	f
43	ORG2	4	f
43	ORG3	4	f
43	ORG4	4	f
43	ORG5	3	f
43	ORG_W	4	f
43	SUP1	3	f
43	SUP2	3	f
43	SUP3	2	f
43	SUP4	3	f
43	SUP5	3	f
43	SUP_W	3	f
43	OMG1	3	f
43	OMG2	3	f
43	OMG3	2	f
43	OMG4	3	f
43	OMG5	2	f
43	OMG_W	4	f
43	REF1	3	f
43	REF2	\N	t
43	REF3	4	f
43	REF4	4	f
43	REF5	3	f
43	REF_W	4	f
44	CLI1	2	f
44	CLI2	3	f
44	CLI3	2	f
44	CLI4	3	f
44	CLI5	2	f
44	CLI_W	3	f
44	COO1	2	f
44	COO2	3	f
44	COO3	2	f
44	COO4	3	f
44	COO5	2	f
44	COO_W	4	f
44	ORG1	3	f
44	ORG2	3	f
44	ORG3	\N	f
44	ORG4	3	f
44	ORG5	2	f
44	ORG_W	4	f
44	SUP1	3	f
44	SUP2	3	f
44	SUP3	3	f
44	SUP4	3	f
44	SUP5	3	f
44	SUP_W	4	f
44	OMG1	3	f
44	OMG2	2	f
44	OMG3	3	f
44	OMG4	2	f
44	OMG5	3	f
44	OMG_W	3	f
44	REF1	3	f
44	REF2	3	f
44	REF3	2	f
44	REF4	\N	f
44	REF5	2	f
44	REF_W	3	f
45	CLI1	2	f
45	CLI2	2	f
45	CLI3	3	f
45	CLI4	3	f
45	CLI5	4	f
45	CLI_W	4	f
45	COO1	3	f
45	COO2	\N	f
45	COO3	\N	f
45	COO4	3	f
45	COO5	4	f
45	COO_W	4	f
45	ORG1	3	f
45	ORG2	\N	t
45	ORG3	3	f
45	ORG4	3	f
45	ORG5	3	f
45	ORG_W	4	f
45	SUP1	3	f
45	SUP2	3	f
45	SUP3	\N	f
45	SUP4	3	f
45	SUP5	3	f
45	SUP_W	3	f
45	OMG1	2	f
45	OMG2	2	f
45	OMG3	3	f
45	OMG4	2	f
45	OMG5	2	f
45	OMG_W	3	f
45	REF1	3	f
45	REF2	2	f
45	REF3	2	f
45	REF4	2	f
45	REF5	2	f
45	REF_W	4	f
46	CLI1	2	f
46	CLI2	3	f
46	CLI3	4	f
46	CLI4	2	f
46	CLI5	3	f
46	CLI_W	4	f
46	COO1	3	f
46	COO2	2	f
46	COO3	2	f
46	COO4	2	f
46	COO5	3	f
46	COO_W	3	f
46	ORG1	3	f
46	ORG2	3	f
46	ORG3	2	f
46	ORG4	3	f
46	ORG5	3	f
46	ORG_W	4	f
46	SUP1	3	f
46	SUP2	3	f
46	SUP3	2	f
46	SUP4	1	f
46	SUP5	2	f
46	SUP_W	3	f
46	OMG1	2	f
46	OMG2	2	f
46	OMG3	2	f
46	OMG4	2	f
46	OMG5	\N	t
46	OMG_W	3	f
46	REF1	3	f
46	REF2	3	f
46	REF3	3	f
46	REF4	3	f
46	REF5	2	f
46	REF_W	4	f
47	CLI1	3	f
47	CLI2	3	f
47	CLI3	2	f
47	CLI4	2	f
47	CLI5	4	f
47	CLI_W	4	f
47	COO1	4	f
47	COO2	3	f
47	COO3	3	f
47	COO4	3	f
47	COO5	4	f
47	COO_W	4	f
47	ORG1	3	f
47	ORG2	2	f
47	ORG3	3	f
47	ORG4	1	f
47	ORG5	2	f
47	ORG_W	3	f
47	SUP1	2	f
47	SUP2	3	f
47	SUP3	1	f
47	SUP4	1	f
47	SUP5	3	f
47	SUP_W	3	f
47	OMG1	3	f
47	OMG2	2	f
47	OMG3	2	f
47	OMG4	1	f
47	OMG5	2	f
47	OMG_W	4	f
47	REF1	4	f
47	REF2	3	f
47	REF3	\N	t
47	REF4	4	f
47	REF5	3	f
47	REF_W	4	f
48	CLI1	3	f
48	CLI2	\N	t
48	CLI3	3	f
48	CLI4	3	f
48	CLI5	3	f
48	CLI_W	4	f
48	COO1	3	f
48	COO2	3	f
48	COO3	2	f
48	COO4	3	f
48	COO5	3	f
48	COO_W	4	f
48	ORG1	\N	f
48	ORG2	2	f
48	ORG3	3	f
48	ORG4	3	f
48	ORG5	3	f
48	ORG_W	4	f
48	SUP1	2	f
48	SUP2	3	f
48	SUP3	3	f
48	SUP4	2	f
48	SUP5	4	f
48	SUP_W	4	f
48	OMG1	4	f
48	OMG2	3	f
48	OMG3	3	f
48	OMG4	\N	t
48	OMG5	4	f
48	OMG_W	4	f
48	REF1	4	f
48	REF2	3	f
48	REF3	4	f
48	REF4	4	f
48	REF5	4	f
48	REF_W	4	f
49	CLI1	4	f
49	CLI2	3	f
49	CLI3	3	f
49	CLI4	3	f
49	CLI5	3	f
49	CLI_W	4	f
49	COO1	3	f
49	COO2	3	f
49	COO3	2	f
49	COO4	2	f
49	COO5	3	f
49	COO_W	4	f
49	ORG1	3	f
49	ORG2	3	f
49	ORG3	3	f
49	ORG4	3	f
49	ORG5	2	f
49	ORG_W	4	f
49	SUP1	2	f
49	SUP2	3	f
49	SUP3	2	f
49	SUP4	2	f
49	SUP5	2	f
49	SUP_W	3	f
49	OMG1	2	f
49	OMG2	1	f
49	OMG3	1	f
49	OMG4	1	f
49	OMG5	1	f
49	OMG_W	3	f
49	REF1	3	f
49	REF2	3	f
49	REF3	2	f
49	REF4	4	f
49	REF5	2	f
49	REF_W	4	f
50	CLI1	3	f
50	CLI2	2	f
50	CLI3	3	f
50	CLI4	2	f
50	CLI5	3	f
50	CLI_W	3	f
50	COO1	2	f
50	COO2	3	f
50	COO3	1	f
50	COO4	1	f
50	COO5	2	f
50	COO_W	3	f
50	ORG1	\N	t
50	ORG2	2	f
50	ORG3	2	f
50	ORG4	1	f
50	ORG5	2	f
50	ORG_W	3	f
50	SUP1	3	f
50	SUP2	3	f
50	SUP3	2	f
50	SUP4	2	f
50	SUP5	3	f
50	SUP_W	3	f
50	OMG1	1	f
50	OMG2	1	f
50	OMG3	1	f
50	OMG4	2	f
50	OMG5	2	f
50	OMG_W	2	f
50	REF1	3	f
50	REF2	3	f
50	REF3	2	f
50	REF4	2	f
50	REF5	4	f
50	REF_W	4	f
51	CLI1	4	f
51	CLI2	3	f
51	CLI3	2	f
51	CLI4	2	f
51	CLI5	\N	t
51	CLI_W	4	f
51	COO1	3	f
51	COO2	2	f
51	COO3	3	f
51	COO4	3	f
51	COO5	3	f
51	COO_W	4	f
51	ORG1	3	f
51	ORG2	3	f
51	ORG3	2	f
51	ORG4	3	f
51	ORG5	3	f
51	ORG_W	4	f
51	SUP1	\N	t
51	SUP2	3	f
51	SUP3	3	f
51	SUP4	3	f
51	SUP5	3	f
51	SUP_W	3	f
51	OMG1	2	f
51	OMG2	3	f
51	OMG3	2	f
51	OMG4	3	f
51	OMG5	3	f
51	OMG_W	3	f
51	REF1	4	f
51	REF2	4	f
51	REF3	4	f
51	REF4	3	f
51	REF5	2	f
51	REF_W	4	f
52	CLI1	4	f
52	CLI2	3	f
52	CLI3	3	f
52	CLI4	3	f
52	CLI5	2	f
52	CLI_W	4	f
52	COO1	3	f
52	COO2	3	f
52	COO3	3	f
52	COO4	3	f
52	COO5	2	f
52	COO_W	3	f
52	ORG1	4	f
52	ORG2	4	f
52	ORG3	4	f
52	ORG4	3	f
52	ORG5	4	f
52	ORG_W	4	f
52	SUP1	\N	t
52	SUP2	3	f
52	SUP3	3	f
52	SUP4	2	f
52	SUP5	3	f
52	SUP_W	4	f
52	OMG1	1	f
52	OMG2	2	f
52	OMG3	1	f
52	OMG4	1	f
52	OMG5	2	f
52	OMG_W	3	f
52	REF1	2	f
52	REF2	3	f
52	REF3	3	f
52	REF4	4	f
52	REF5	3	f
52	REF_W	4	f
53	CLI1	\N	t
53	CLI2	3	f
53	CLI3	4	f
53	CLI4	3	f
53	CLI5	2	f
53	CLI_W	4	f
53	COO1	3	f
53	COO2	3	f
53	COO3	\N	t
53	COO4	4	f
53	COO5	4	f
53	COO_W	4	f
53	ORG1	1	f
53	ORG2	2	f
53	ORG3	\N	t
53	ORG4	3	f
53	ORG5	2	f
53	ORG_W	3	f
53	SUP1	2	f
53	SUP2	2	f
53	SUP3	2	f
53	SUP4	\N	t
53	SUP5	2	f
53	SUP_W	3	f
53	OMG1	2	f
53	OMG2	4	f
53	OMG3	\N	t
53	OMG4	2	f
53	OMG5	2	f
53	OMG_W	3	f
53	REF1	\N	t
53	REF2	2	f
53	REF3	\N	t
53	REF4	1	f
53	REF5	1	f
53	REF_W	4	f
54	CLI1	3	f
54	CLI2	2	f
54	CLI3	\N	f
54	CLI4	3	f
54	CLI5	4	f
54	CLI_W	4	f
54	COO1	4	f
54	COO2	4	f
54	COO3	\N	t
54	COO4	4	f
54	COO5	4	f
54	COO_W	4	f
54	ORG1	3	f
54	ORG2	2	f
54	ORG3	3	f
54	ORG4	1	f
54	ORG5	3	f
54	ORG_W	3	f
54	SUP1	2	f
54	SUP2	3	f
54	SUP3	2	f
54	SUP4	2	f
54	SUP5	3	f
54	SUP_W	4	f
54	OMG1	3	f
54	OMG2	4	f
54	OMG3	2	f
54	OMG4	2	f
54	OMG5	2	f
54	OMG_W	4	f
54	REF1	3	f
54	REF2	3	f
54	REF3	\N	t
54	REF4	3	f
54	REF5	3	f
54	REF_W	\N	t
55	CLI1	3	f
55	CLI2	3	f
55	CLI3	3	f
55	CLI4	3	f
55	CLI5	2	f
55	CLI_W	4	f
55	COO1	3	f
55	COO2	3	f
55	COO3	3	f
55	COO4	3	f
55	COO5	4	f
55	COO_W	4	f
55	ORG1	2	f
55	ORG2	3	f
55	ORG3	3	f
55	ORG4	2	f
55	ORG5	2	f
55	ORG_W	4	f
55	SUP1	3	f
55	SUP2	3	f
55	SUP3	3	f
55	SUP4	3	f
55	SUP5	3	f
55	SUP_W	4	f
55	OMG1	2	f
55	OMG2	2	f
55	OMG3	1	f
55	OMG4	\N	t
55	OMG5	1	f
55	OMG_W	3	f
55	REF1	2	f
55	REF2	3	f
55	REF3	4	f
55	REF4	2	f
55	REF5	3	f
55	REF_W	4	f
56	CLI1	3	f
56	CLI2	3	f
56	CLI3	2	f
56	CLI4	2	f
56	CLI5	2	f
56	CLI_W	4	f
56	COO1	3	f
56	COO2	3	f
56	COO3	2	f
56	COO4	3	f
56	COO5	3	f
56	COO_W	4	f
56	ORG1	2	f
56	ORG2	1	f
56	ORG3	1	f
56	ORG4	1	f
56	ORG5	1	f
56	ORG_W	4	f
56	SUP1	1	f
56	SUP2	2	f
56	SUP3	3	f
56	SUP4	3	f
56	SUP5	2	f
56	SUP_W	3	f
56	OMG1	1	f
56	OMG2	2	f
56	OMG3	1	f
56	OMG4	2	f
56	OMG5	1	f
56	OMG_W	3	f
56	REF1	2	f
56	REF2	2	f
56	REF3	2	f
56	REF4	2	f
56	REF5	2	f
56	REF_W	3	f
57	CLI1	4	f
57	CLI2	3	f
57	CLI3	3	f
57	CLI4	2	f
57	CLI5	4	f
57	CLI_W	4	f
57	COO1	3	f
57	COO2	3	f
57	COO3	3	f
57	COO4	4	f
57	COO5	3	f
57	COO_W	4	f
57	ORG1	3	f
57	ORG2	4	f
57	ORG3	4	f
57	ORG4	3	f
57	ORG5	3	f
57	ORG_W	4	f
57	SUP1	3	f
57	SUP2	\N	t
57	SUP3	4	f
57	SUP4	3	f
57	SUP5	2	f
57	SUP_W	4	f
57	OMG1	3	f
57	OMG2	3	f
57	OMG3	2	f
57	OMG4	3	f
57	OMG5	2	f
57	OMG_W	4	f
57	REF1	4	f
57	REF2	3	f
57	REF3	4	f
57	REF4	4	f
57	REF5	3	f
57	REF_W	4	f
58	CLI1	2	f
58	CLI2	2	f
58	CLI3	3	f
58	CLI4	3	f
58	CLI5	2	f
58	CLI_W	4	f
58	COO1	3	f
58	COO2	3	f
58	COO3	2	f
58	COO4	2	f
58	COO5	3	f
58	COO_W	4	f
58	ORG1	3	f
58	ORG2	\N	t
58	ORG3	3	f
58	ORG4	2	f
58	ORG5	2	f
58	ORG_W	4	f
58	SUP1	2	f
58	SUP2	3	f
58	SUP3	4	f
58	SUP4	3	f
58	SUP5	3	f
58	SUP_W	4	f
58	OMG1	2	f
58	OMG2	3	f
58	OMG3	\N	t
58	OMG4	1	f
58	OMG5	2	f
58	OMG_W	3	f
58	REF1	4	f
58	REF2	3	f
58	REF3	4	f
58	REF4	3	f
58	REF5	2	f
58	REF_W	4	f
59	CLI1	2	f
59	CLI2	2	f
59	CLI3	2	f
59	CLI4	1	f
59	CLI5	\N	t
59	CLI_W	2	f
59	COO1	2	f
59	COO2	2	f
59	COO3	2	f
59	COO4	2	f
59	COO5	2	f
59	COO_W	3	f
59	ORG1	3	f
59	ORG2	3	f
59	ORG3	2	f
59	ORG4	2	f
59	ORG5	3	f
59	ORG_W	3	f
59	SUP1	2	f
59	SUP2	1	f
59	SUP3	1	f
59	SUP4	1	f
59	SUP5	2	f
59	SUP_W	2	f
59	OMG1	\N	t
59	OMG2	3	f
59	OMG3	2	f
59	OMG4	2	f
59	OMG5	2	f
59	OMG_W	3	f
59	REF1	\N	t
59	REF2	4	f
59	REF3	4	f
59	REF4	4	f
59	REF5	3	f
59	REF_W	4	f
60	CLI1	\N	t
60	CLI2	3	f
60	CLI3	2	f
60	CLI4	2	f
60	CLI5	3	f
60	CLI_W	\N	f
60	COO1	3	f
60	COO2	2	f
60	COO3	3	f
60	COO4	2	f
60	COO5	3	f
60	COO_W	4	f
60	ORG1	3	f
60	ORG2	2	f
60	ORG3	2	f
60	ORG4	3	f
60	ORG5	2	f
60	ORG_W	4	f
60	SUP1	2	f
60	SUP2	3	f
60	SUP3	2	f
60	SUP4	3	f
60	SUP5	3	f
60	SUP_W	4	f
60	OMG1	3	f
60	OMG2	3	f
60	OMG3	3	f
60	OMG4	2	f
60	OMG5	2	f
60	OMG_W	4	f
60	REF1	2	f
60	REF2	3	f
60	REF3	4	f
60	REF4	2	f
60	REF5	3	f
60	REF_W	4	f
61	CLI1	3	f
61	CLI2	3	f
61	CLI3	3	f
61	CLI4	3	f
61	CLI5	3	f
61	CLI_W	4	f
61	COO1	2	f
61	COO2	2	f
61	COO3	3	f
61	COO4	2	f
61	COO5	2	f
61	COO_W	3	f
61	ORG1	2	f
61	ORG2	3	f
61	ORG3	4	f
61	ORG4	3	f
61	ORG5	2	f
61	ORG_W	3	f
61	SUP1	2	f
61	SUP2	1	f
61	SUP3	1	f
61	SUP4	1	f
61	SUP5	1	f
61	SUP_W	2	f
61	OMG1	2	f
61	OMG2	2	f
61	OMG3	2	f
61	OMG4	1	f
61	OMG5	1	f
61	OMG_W	3	f
61	REF1	2	f
61	REF2	3	f
61	REF3	2	f
61	REF4	3	f
61	REF5	2	f
61	REF_W	4	f
62	CLI1	3	f
62	CLI2	3	f
62	CLI3	\N	f
62	CLI4	2	f
62	CLI5	3	f
62	CLI_W	4	f
62	COO1	2	f
62	COO2	3	f
62	COO3	2	f
62	COO4	2	f
62	COO5	2	f
62	COO_W	3	f
62	ORG1	3	f
62	ORG2	3	f
62	ORG3	\N	t
62	ORG4	4	f
62	ORG5	1	f
62	ORG_W	4	f
62	SUP1	3	f
62	SUP2	2	f
62	SUP3	2	f
62	SUP4	3	f
62	SUP5	3	f
62	SUP_W	4	f
62	OMG1	1	f
62	OMG2	2	f
62	OMG3	1	f
62	OMG4	1	f
62	OMG5	3	f
62	OMG_W	3	f
62	REF1	4	f
62	REF2	4	f
62	REF3	4	f
62	REF4	3	f
62	REF5	3	f
62	REF_W	4	f
63	CLI1	3	f
63	CLI2	2	f
63	CLI3	2	f
63	CLI4	2	f
63	CLI5	\N	f
63	CLI_W	3	f
63	COO1	\N	t
63	COO2	2	f
63	COO3	2	f
63	COO4	2	f
63	COO5	2	f
63	COO_W	3	f
63	ORG1	3	f
63	ORG2	1	f
63	ORG3	3	f
63	ORG4	1	f
63	ORG5	3	f
63	ORG_W	3	f
63	SUP1	1	f
63	SUP2	2	f
63	SUP3	2	f
63	SUP4	3	f
63	SUP5	4	f
63	SUP_W	4	f
63	OMG1	\N	t
63	OMG2	\N	t
63	OMG3	2	f
63	OMG4	2	f
63	OMG5	2	f
63	OMG_W	3	f
63	REF1	3	f
63	REF2	3	f
63	REF3	3	f
63	REF4	3	f
63	REF5	3	f
63	REF_W	4	f
64	CLI1	3	f
64	CLI2	3	f
64	CLI3	3	f
64	CLI4	2	f
64	CLI5	3	f
64	CLI_W	4	f
64	COO1	2	f
64	COO2	3	f
64	COO3	2	f
64	COO4	3	f
64	COO5	4	f
64	COO_W	4	f
64	ORG1	3	f
64	ORG2	3	f
64	ORG3	3	f
64	ORG4	3	f
64	ORG5	3	f
64	ORG_W	4	f
64	SUP1	1	f
64	SUP2	3	f
64	SUP3	2	f
64	SUP4	2	f
64	SUP5	1	f
64	SUP_W	3	f
64	OMG1	1	f
64	OMG2	1	f
64	OMG3	1	f
64	OMG4	1	f
64	OMG5	1	f
64	OMG_W	2	f
64	REF1	\N	t
64	REF2	2	f
64	REF3	1	f
64	REF4	3	f
64	REF5	2	f
64	REF_W	4	f
65	CLI1	4	f
65	CLI2	3	f
65	CLI3	4	f
65	CLI4	3	f
65	CLI5	2	f
65	CLI_W	4	f
65	COO1	3	f
65	COO2	3	f
65	COO3	3	f
65	COO4	2	f
65	COO5	4	f
65	COO_W	4	f
65	ORG1	2	f
65	ORG2	2	f
65	ORG3	2	f
65	ORG4	2	f
65	ORG5	2	f
65	ORG_W	3	f
65	SUP1	2	f
65	SUP2	3	f
65	SUP3	2	f
65	SUP4	2	f
65	SUP5	2	f
65	SUP_W	3	f
65	OMG1	1	f
65	OMG2	1	f
65	OMG3	\N	t
65	OMG4	1	f
65	OMG5	1	f
65	OMG_W	3	f
65	REF1	3	f
65	REF2	4	f
65	REF3	2	f
65	REF4	3	f
65	REF5	2	f
65	REF_W	3	f
66	CLI1	2	f
66	CLI2	3	f
66	CLI3	4	f
66	CLI4	3	f
66	CLI5	3	f
66	CLI_W	4	f
66	COO1	3	f
66	COO2	2	f
66	COO3	3	f
66	COO4	3	f
66	COO5	3	f
66	COO_W	3	f
66	ORG1	4	f
66	ORG2	\N	t
66	ORG3	3	f
66	ORG4	3	f
66	ORG5	3	f
66	ORG_W	4	f
66	SUP1	3	f
66	SUP2	4	f
66	SUP3	2	f
66	SUP4	2	f
66	SUP5	3	f
66	SUP_W	4	f
66	OMG1	1	f
66	OMG2	2	f
66	OMG3	1	f
66	OMG4	1	f
66	OMG5	2	f
66	OMG_W	2	f
66	REF1	4	f
66	REF2	4	f
66	REF3	4	f
66	REF4	4	f
66	REF5	3	f
66	REF_W	4	f
67	CLI1	2	f
67	CLI2	2	f
67	CLI3	2	f
67	CLI4	3	f
67	CLI5	3	f
67	CLI_W	4	f
67	COO1	2	f
67	COO2	2	f
67	COO3	2	f
67	COO4	1	f
67	COO5	2	f
67	COO_W	3	f
67	ORG1	1	f
67	ORG2	3	f
67	ORG3	2	f
67	ORG4	2	f
67	ORG5	1	f
67	ORG_W	3	f
67	SUP1	3	f
67	SUP2	3	f
67	SUP3	3	f
67	SUP4	3	f
67	SUP5	\N	t
67	SUP_W	4	f
67	OMG1	\N	t
67	OMG2	1	f
67	OMG3	1	f
67	OMG4	\N	t
67	OMG5	2	f
67	OMG_W	3	f
67	REF1	2	f
67	REF2	3	f
67	REF3	4	f
67	REF4	\N	t
67	REF5	3	f
67	REF_W	4	f
68	CLI1	\N	t
68	CLI2	2	f
68	CLI3	2	f
68	CLI4	2	f
68	CLI5	2	f
68	CLI_W	3	f
68	COO1	3	f
68	COO2	2	f
68	COO3	3	f
68	COO4	2	f
68	COO5	2	f
68	COO_W	3	f
68	ORG1	3	f
68	ORG2	3	f
68	ORG3	3	f
68	ORG4	3	f
68	ORG5	3	f
68	ORG_W	\N	f
68	SUP1	2	f
68	SUP2	2	f
68	SUP3	2	f
68	SUP4	3	f
68	SUP5	3	f
68	SUP_W	3	f
68	OMG1	2	f
68	OMG2	3	f
68	OMG3	2	f
68	OMG4	1	f
68	OMG5	2	f
68	OMG_W	3	f
68	REF1	3	f
68	REF2	2	f
68	REF3	3	f
68	REF4	1	f
68	REF5	2	f
68	REF_W	4	f
69	CLI1	2	f
69	CLI2	3	f
69	CLI3	3	f
69	CLI4	3	f
69	CLI5	3	f
69	CLI_W	4	f
69	COO1	3	f
69	COO2	3	f
69	COO3	3	f
69	COO4	2	f
69	COO5	3	f
69	COO_W	4	f
69	ORG1	3	f
69	ORG2	3	f
69	ORG3	3	f
69	ORG4	3	f
69	ORG5	4	f
69	ORG_W	4	f
69	SUP1	2	f
69	SUP2	2	f
69	SUP3	2	f
69	SUP4	2	f
69	SUP5	2	f
69	SUP_W	3	f
69	OMG1	2	f
69	OMG2	\N	t
69	OMG3	\N	t
69	OMG4	3	f
69	OMG5	\N	t
69	OMG_W	3	f
69	REF1	3	f
69	REF2	3	f
69	REF3	4	f
69	REF4	3	f
69	REF5	3	f
69	REF_W	4	f
70	CLI1	3	f
70	CLI2	3	f
70	CLI3	3	f
70	CLI4	4	f
70	CLI5	3	f
70	CLI_W	4	f
70	COO1	2	f
70	COO2	3	f
70	COO3	3	f
70	COO4	3	f
70	COO5	4	f
70	COO_W	4	f
70	ORG1	\N	t
70	ORG2	3	f
70	ORG3	3	f
70	ORG4	2	f
70	ORG5	3	f
70	ORG_W	3	f
70	SUP1	3	f
70	SUP2	3	f
70	SUP3	\N	t
70	SUP4	3	f
70	SUP5	3	f
70	SUP_W	3	f
70	OMG1	3	f
70	OMG2	2	f
70	OMG3	2	f
70	OMG4	3	f
70	OMG5	3	f
70	OMG_W	3	f
70	REF1	3	f
70	REF2	3	f
70	REF3	3	f
70	REF4	2	f
70	REF5	3	f
70	REF_W	3	f
71	CLI1	2	f
71	CLI2	2	f
71	CLI3	3	f
71	CLI4	3	f
71	CLI5	3	f
71	CLI_W	3	f
71	COO1	3	f
71	COO2	\N	f
71	COO3	3	f
71	COO4	3	f
71	COO5	3	f
71	COO_W	3	f
71	ORG1	3	f
71	ORG2	3	f
71	ORG3	2	f
71	ORG4	2	f
71	ORG5	4	f
71	ORG_W	4	f
71	SUP1	2	f
71	SUP2	3	f
71	SUP3	2	f
71	SUP4	2	f
71	SUP5	2	f
71	SUP_W	4	f
71	OMG1	2	f
71	OMG2	2	f
71	OMG3	2	f
71	OMG4	\N	t
71	OMG5	3	f
71	OMG_W	3	f
71	REF1	3	f
71	REF2	3	f
71	REF3	3	f
71	REF4	4	f
71	REF5	2	f
71	REF_W	4	f
72	CLI1	3	f
72	CLI2	4	f
72	CLI3	4	f
72	CLI4	4	f
72	CLI5	3	f
72	CLI_W	4	f
72	COO1	4	f
72	COO2	3	f
72	COO3	3	f
72	COO4	3	f
72	COO5	3	f
72	COO_W	\N	t
72	ORG1	3	f
72	ORG2	3	f
72	ORG3	4	f
72	ORG4	\N	f
72	ORG5	3	f
72	ORG_W	4	f
72	SUP1	3	f
72	SUP2	3	f
72	SUP3	2	f
72	SUP4	3	f
72	SUP5	3	f
72	SUP_W	4	f
72	OMG1	3	f
72	OMG2	3	f
72	OMG3	2	f
72	OMG4	3	f
72	OMG5	3	f
72	OMG_W	4	f
72	REF1	3	f
72	REF2	4	f
72	REF3	4	f
72	REF4	3	f
72	REF5	4	f
72	REF_W	4	f
73	CLI1	3	f
73	CLI2	3	f
73	CLI3	3	f
73	CLI4	3	f
73	CLI5	3	f
73	CLI_W	4	f
73	COO1	4	f
73	COO2	3	f
73	COO3	3	f
73	COO4	3	f
73	COO5	3	f
73	COO_W	4	f
73	ORG1	4	f
73	ORG2	3	f
73	ORG3	2	f
73	ORG4	3	f
73	ORG5	3	f
73	ORG_W	4	f
73	SUP1	4	f
73	SUP2	3	f
73	SUP3	3	f
73	SUP4	3	f
73	SUP5	3	f
73	SUP_W	4	f
73	OMG1	3	f
73	OMG2	3	f
73	OMG3	\N	t
73	OMG4	3	f
73	OMG5	2	f
73	OMG_W	4	f
73	REF1	3	f
73	REF2	3	f
73	REF3	4	f
73	REF4	4	f
73	REF5	2	f
73	REF_W	4	f
74	CLI1	3	f
74	CLI2	3	f
74	CLI3	3	f
74	CLI4	3	f
74	CLI5	3	f
74	CLI_W	4	f
74	COO1	3	f
74	COO2	2	f
74	COO3	2	f
74	COO4	3	f
74	COO5	\N	t
74	COO_W	4	f
74	ORG1	4	f
74	ORG2	3	f
74	ORG3	4	f
74	ORG4	2	f
74	ORG5	3	f
74	ORG_W	4	f
74	SUP1	2	f
74	SUP2	2	f
74	SUP3	2	f
74	SUP4	3	f
74	SUP5	2	f
74	SUP_W	3	f
74	OMG1	3	f
74	OMG2	3	f
74	OMG3	2	f
74	OMG4	3	f
74	OMG5	\N	f
74	OMG_W	4	f
74	REF1	2	f
74	REF2	3	f
74	REF3	4	f
74	REF4	3	f
74	REF5	2	f
74	REF_W	4	f
75	CLI1	3	f
75	CLI2	3	f
75	CLI3	3	f
75	CLI4	3	f
75	CLI5	2	f
75	CLI_W	3	f
75	COO1	3	f
75	COO2	3	f
75	COO3	2	f
75	COO4	2	f
75	COO5	\N	t
75	COO_W	4	f
75	ORG1	2	f
75	ORG2	3	f
75	ORG3	3	f
75	ORG4	3	f
75	ORG5	2	f
75	ORG_W	4	f
75	SUP1	2	f
75	SUP2	2	f
75	SUP3	2	f
75	SUP4	2	f
75	SUP5	2	f
75	SUP_W	2	f
75	OMG1	2	f
75	OMG2	3	f
75	OMG3	1	f
75	OMG4	1	f
75	OMG5	1	f
75	OMG_W	2	f
75	REF1	2	f
75	REF2	3	f
75	REF3	2	f
75	REF4	3	f
75	REF5	2	f
75	REF_W	4	f
76	CLI1	3	f
76	CLI2	3	f
76	CLI3	2	f
76	CLI4	2	f
76	CLI5	3	f
76	CLI_W	\N	t
76	COO1	4	f
76	COO2	4	f
76	COO3	4	f
76	COO4	3	f
76	COO5	3	f
76	COO_W	4	f
76	ORG1	\N	t
76	ORG2	3	f
76	ORG3	3	f
76	ORG4	3	f
76	ORG5	3	f
76	ORG_W	4	f
76	SUP1	2	f
76	SUP2	3	f
76	SUP3	2	f
76	SUP4	2	f
76	SUP5	2	f
76	SUP_W	3	f
76	OMG1	4	f
76	OMG2	4	f
76	OMG3	\N	t
76	OMG4	2	f
76	OMG5	\N	t
76	OMG_W	4	f
76	REF1	2	f
76	REF2	3	f
76	REF3	2	f
76	REF4	3	f
76	REF5	\N	f
76	REF_W	4	f
77	CLI1	2	f
77	CLI2	2	f
77	CLI3	3	f
77	CLI4	3	f
77	CLI5	3	f
77	CLI_W	4	f
77	COO1	3	f
77	COO2	4	f
77	COO3	2	f
77	COO4	3	f
77	COO5	3	f
77	COO_W	4	f
77	ORG1	3	f
77	ORG2	3	f
77	ORG3	3	f
77	ORG4	2	f
77	ORG5	3	f
77	ORG_W	4	f
77	SUP1	3	f
77	SUP2	3	f
77	SUP3	2	f
77	SUP4	3	f
77	SUP5	2	f
77	SUP_W	3	f
77	OMG1	3	f
77	OMG2	4	f
77	OMG3	2	f
77	OMG4	3	f
77	OMG5	3	f
77	OMG_W	4	f
77	REF1	4	f
77	REF2	4	f
77	REF3	4	f
77	REF4	4	f
77	REF5	3	f
77	REF_W	4	f
78	CLI1	3	f
78	CLI2	3	f
78	CLI3	\N	f
78	CLI4	3	f
78	CLI5	3	f
78	CLI_W	4	f
78	COO1	3	f
78	COO2	3	f
78	COO3	3	f
78	COO4	3	f
78	COO5	3	f
78	COO_W	4	f
78	ORG1	3	f
78	ORG2	2	f
78	ORG3	3	f
78	ORG4	3	f
78	ORG5	3	f
78	ORG_W	4	f
78	SUP1	2	f
78	SUP2	3	f
78	SUP3	\N	f
78	SUP4	2	f
78	SUP5	2	f
78	SUP_W	4	f
78	OMG1	3	f
78	OMG2	2	f
78	OMG3	2	f
78	OMG4	2	f
78	OMG5	3	f
78	OMG_W	3	f
78	REF1	4	f
78	REF2	3	f
78	REF3	3	f
78	REF4	3	f
78	REF5	3	f
78	REF_W	4	f
79	CLI1	3	f
79	CLI2	2	f
79	CLI3	3	f
79	CLI4	2	f
79	CLI5	3	f
79	CLI_W	3	f
79	COO1	3	f
79	COO2	2	f
79	COO3	\N	t
79	COO4	2	f
79	COO5	2	f
79	COO_W	3	f
79	ORG1	3	f
79	ORG2	2	f
79	ORG3	\N	t
79	ORG4	2	f
79	ORG5	2	f
79	ORG_W	3	f
79	SUP1	2	f
79	SUP2	3	f
79	SUP3	2	f
79	SUP4	2	f
79	SUP5	3	f
79	SUP_W	3	f
79	OMG1	\N	t
79	OMG2	3	f
79	OMG3	\N	t
79	OMG4	1	f
79	OMG5	2	f
79	OMG_W	3	f
79	REF1	3	f
79	REF2	2	f
79	REF3	3	f
79	REF4	3	f
79	REF5	3	f
79	REF_W	4	f
80	CLI1	3	f
80	CLI2	3	f
80	CLI3	2	f
80	CLI4	2	f
80	CLI5	2	f
80	CLI_W	3	f
80	COO1	2	f
80	COO2	3	f
80	COO3	2	f
80	COO4	\N	t
80	COO5	3	f
80	COO_W	4	f
80	ORG1	4	f
80	ORG2	3	f
80	ORG3	3	f
80	ORG4	2	f
80	ORG5	2	f
80	ORG_W	4	f
80	SUP1	2	f
80	SUP2	2	f
80	SUP3	1	f
80	SUP4	2	f
80	SUP5	2	f
80	SUP_W	3	f
80	OMG1	2	f
80	OMG2	2	f
80	OMG3	\N	t
80	OMG4	2	f
80	OMG5	2	f
80	OMG_W	3	f
80	REF1	3	f
80	REF2	\N	t
80	REF3	2	f
80	REF4	3	f
80	REF5	3	f
80	REF_W	4	f
81	CLI1	2	f
81	CLI2	2	f
81	CLI3	2	f
81	CLI4	2	f
81	CLI5	1	f
81	CLI_W	3	f
81	COO1	3	f
81	COO2	2	f
81	COO3	4	f
81	COO4	3	f
81	COO5	3	f
81	COO_W	4	f
81	ORG1	3	f
81	ORG2	\N	t
81	ORG3	2	f
81	ORG4	3	f
81	ORG5	3	f
81	ORG_W	3	f
81	SUP1	2	f
81	SUP2	\N	t
81	SUP3	1	f
81	SUP4	1	f
81	SUP5	2	f
81	SUP_W	2	f
81	OMG1	1	f
81	OMG2	\N	t
81	OMG3	2	f
81	OMG4	1	f
81	OMG5	\N	t
81	OMG_W	3	f
81	REF1	4	f
81	REF2	3	f
81	REF3	3	f
81	REF4	3	f
81	REF5	2	f
81	REF_W	4	f
82	CLI1	2	f
82	CLI2	2	f
82	CLI3	2	f
82	CLI4	2	f
82	CLI5	3	f
82	CLI_W	4	f
82	COO1	2	f
82	COO2	2	f
82	COO3	2	f
82	COO4	2	f
82	COO5	4	f
82	COO_W	4	f
82	ORG1	3	f
82	ORG2	3	f
82	ORG3	4	f
82	ORG4	1	f
82	ORG5	3	f
82	ORG_W	4	f
82	SUP1	2	f
82	SUP2	2	f
82	SUP3	2	f
82	SUP4	\N	t
82	SUP5	2	f
82	SUP_W	3	f
82	OMG1	4	f
82	OMG2	3	f
82	OMG3	3	f
82	OMG4	3	f
82	OMG5	3	f
82	OMG_W	3	f
82	REF1	2	f
82	REF2	2	f
82	REF3	3	f
82	REF4	3	f
82	REF5	3	f
82	REF_W	4	f
83	CLI1	2	f
83	CLI2	2	f
83	CLI3	\N	t
83	CLI4	2	f
83	CLI5	3	f
83	CLI_W	3	f
83	COO1	2	f
83	COO2	1	f
83	COO3	2	f
83	COO4	2	f
83	COO5	3	f
83	COO_W	3	f
83	ORG1	1	f
83	ORG2	2	f
83	ORG3	2	f
83	ORG4	3	f
83	ORG5	3	f
83	ORG_W	4	f
83	SUP1	3	f
83	SUP2	2	f
83	SUP3	2	f
83	SUP4	2	f
83	SUP5	3	f
83	SUP_W	3	f
83	OMG1	1	f
83	OMG2	\N	t
83	OMG3	\N	t
83	OMG4	2	f
83	OMG5	2	f
83	OMG_W	3	f
83	REF1	2	f
83	REF2	3	f
83	REF3	3	f
83	REF4	2	f
83	REF5	2	f
83	REF_W	4	f
84	CLI1	\N	f
84	CLI2	3	f
84	CLI3	2	f
84	CLI4	3	f
84	CLI5	2	f
84	CLI_W	4	f
84	COO1	3	f
84	COO2	2	f
84	COO3	1	f
84	COO4	2	f
84	COO5	3	f
84	COO_W	3	f
84	ORG1	4	f
84	ORG2	\N	t
84	ORG3	2	f
84	ORG4	2	f
84	ORG5	2	f
84	ORG_W	3	f
84	SUP1	3	f
84	SUP2	2	f
84	SUP3	3	f
84	SUP4	3	f
84	SUP5	2	f
84	SUP_W	4	f
84	OMG1	1	f
84	OMG2	2	f
84	OMG3	1	f
84	OMG4	2	f
84	OMG5	2	f
84	OMG_W	3	f
84	REF1	3	f
84	REF2	4	f
84	REF3	3	f
84	REF4	3	f
84	REF5	3	f
84	REF_W	4	f
85	CLI1	3	f
85	CLI2	2	f
85	CLI3	3	f
85	CLI4	3	f
85	CLI5	3	f
85	CLI_W	3	f
85	COO1	3	f
85	COO2	3	f
85	COO3	3	f
85	COO4	3	f
85	COO5	3	f
85	COO_W	4	f
85	ORG1	3	f
85	ORG2	4	f
85	ORG3	3	f
85	ORG4	3	f
85	ORG5	4	f
85	ORG_W	4	f
85	SUP1	3	f
85	SUP2	3	f
85	SUP3	4	f
85	SUP4	4	f
85	SUP5	4	f
85	SUP_W	4	f
85	OMG1	1	f
85	OMG2	3	f
85	OMG3	\N	t
85	OMG4	2	f
85	OMG5	2	f
85	OMG_W	3	f
85	REF1	3	f
85	REF2	3	f
85	REF3	3	f
85	REF4	3	f
85	REF5	3	f
85	REF_W	4	f
86	CLI1	3	f
86	CLI2	3	f
86	CLI3	3	f
86	CLI4	\N	f
86	CLI5	3	f
86	CLI_W	4	f
86	COO1	2	f
86	COO2	1	f
86	COO3	2	f
86	COO4	\N	t
86	COO5	3	f
86	COO_W	4	f
86	ORG1	3	f
86	ORG2	2	f
86	ORG3	2	f
86	ORG4	2	f
86	ORG5	1	f
86	ORG_W	3	f
86	SUP1	2	f
86	SUP2	2	f
86	SUP3	3	f
86	SUP4	2	f
86	SUP5	2	f
86	SUP_W	3	f
86	OMG1	3	f
86	OMG2	3	f
86	OMG3	2	f
86	OMG4	3	f
86	OMG5	2	f
86	OMG_W	4	f
86	REF1	3	f
86	REF2	3	f
86	REF3	3	f
86	REF4	3	f
86	REF5	2	f
86	REF_W	4	f
87	CLI1	2	f
87	CLI2	3	f
87	CLI3	2	f
87	CLI4	3	f
87	CLI5	2	f
87	CLI_W	4	f
87	COO1	3	f
87	COO2	3	f
87	COO3	3	f
87	COO4	3	f
87	COO5	3	f
87	COO_W	4	f
87	ORG1	3	f
87	ORG2	3	f
87	ORG3	2	f
87	ORG4	2	f
87	ORG5	2	f
87	ORG_W	4	f
87	SUP1	2	f
87	SUP2	3	f
87	SUP3	2	f
87	SUP4	2	f
87	SUP5	2	f
87	SUP_W	3	f
87	OMG1	2	f
87	OMG2	2	f
87	OMG3	2	f
87	OMG4	2	f
87	OMG5	1	f
87	OMG_W	3	f
87	REF1	2	f
87	REF2	4	f
87	REF3	2	f
87	REF4	4	f
87	REF5	3	f
87	REF_W	4	f
88	CLI1	3	f
88	CLI2	3	f
88	CLI3	2	f
88	CLI4	3	f
88	CLI5	3	f
88	CLI_W	4	f
88	COO1	3	f
88	COO2	2	f
88	COO3	3	f
88	COO4	\N	t
88	COO5	3	f
88	COO_W	4	f
88	ORG1	\N	t
88	ORG2	3	f
88	ORG3	3	f
88	ORG4	3	f
88	ORG5	\N	t
88	ORG_W	4	f
88	SUP1	3	f
88	SUP2	3	f
88	SUP3	4	f
88	SUP4	3	f
88	SUP5	3	f
88	SUP_W	4	f
88	OMG1	\N	t
88	OMG2	\N	t
88	OMG3	\N	t
88	OMG4	2	f
88	OMG5	2	f
88	OMG_W	4	f
88	REF1	3	f
88	REF2	3	f
88	REF3	2	f
88	REF4	3	f
88	REF5	3	f
88	REF_W	4	f
89	CLI1	3	f
89	CLI2	2	f
89	CLI3	1	f
89	CLI4	2	f
89	CLI5	3	f
89	CLI_W	\N	t
89	COO1	2	f
89	COO2	2	f
89	COO3	1	f
89	COO4	3	f
89	COO5	3	f
89	COO_W	4	f
89	ORG1	3	f
89	ORG2	2	f
89	ORG3	2	f
89	ORG4	2	f
89	ORG5	2	f
89	ORG_W	3	f
89	SUP1	2	f
89	SUP2	1	f
89	SUP3	1	f
89	SUP4	3	f
89	SUP5	2	f
89	SUP_W	2	f
89	OMG1	1	f
89	OMG2	\N	t
89	OMG3	\N	t
89	OMG4	2	f
89	OMG5	1	f
89	OMG_W	3	f
89	REF1	4	f
89	REF2	\N	f
89	REF3	3	f
89	REF4	4	f
89	REF5	3	f
89	REF_W	4	f
90	CLI1	3	f
90	CLI2	2	f
90	CLI3	\N	t
90	CLI4	2	f
90	CLI5	1	f
90	CLI_W	3	f
90	COO1	3	f
90	COO2	3	f
90	COO3	3	f
90	COO4	3	f
90	COO5	3	f
90	COO_W	4	f
90	ORG1	4	f
90	ORG2	\N	f
90	ORG3	3	f
90	ORG4	2	f
90	ORG5	3	f
90	ORG_W	4	f
90	SUP1	3	f
90	SUP2	3	f
90	SUP3	3	f
90	SUP4	2	f
90	SUP5	3	f
90	SUP_W	4	f
90	OMG1	2	f
90	OMG2	3	f
90	OMG3	2	f
90	OMG4	2	f
90	OMG5	3	f
90	OMG_W	3	f
90	REF1	3	f
90	REF2	3	f
90	REF3	3	f
90	REF4	3	f
90	REF5	3	f
90	REF_W	4	f
91	CLI1	3	f
91	CLI2	2	f
91	CLI3	2	f
91	CLI4	2	f
91	CLI5	2	f
91	CLI_W	3	f
91	COO1	\N	t
91	COO2	3	f
91	COO3	3	f
91	COO4	2	f
91	COO5	3	f
91	COO_W	4	f
91	ORG1	2	f
91	ORG2	3	f
91	ORG3	3	f
91	ORG4	\N	f
91	ORG5	2	f
91	ORG_W	\N	t
91	SUP1	3	f
91	SUP2	\N	t
91	SUP3	3	f
91	SUP4	3	f
91	SUP5	3	f
91	SUP_W	4	f
91	OMG1	1	f
91	OMG2	2	f
91	OMG3	2	f
91	OMG4	2	f
91	OMG5	2	f
91	OMG_W	3	f
91	REF1	1	f
91	REF2	2	f
91	REF3	2	f
91	REF4	1	f
91	REF5	2	f
91	REF_W	3	f
92	CLI1	3	f
92	CLI2	2	f
92	CLI3	2	f
92	CLI4	2	f
92	CLI5	2	f
92	CLI_W	3	f
92	COO1	4	f
92	COO2	\N	f
92	COO3	4	f
92	COO4	3	f
92	COO5	4	f
92	COO_W	4	f
92	ORG1	2	f
92	ORG2	3	f
92	ORG3	3	f
92	ORG4	2	f
92	ORG5	2	f
92	ORG_W	3	f
92	SUP1	3	f
92	SUP2	3	f
92	SUP3	3	f
92	SUP4	3	f
92	SUP5	4	f
92	SUP_W	4	f
92	OMG1	2	f
92	OMG2	2	f
92	OMG3	2	f
92	OMG4	3	f
92	OMG5	3	f
92	OMG_W	3	f
92	REF1	3	f
92	REF2	4	f
92	REF3	3	f
92	REF4	3	f
92	REF5	2	f
92	REF_W	4	f
93	CLI1	2	f
93	CLI2	2	f
93	CLI3	2	f
93	CLI4	2	f
93	CLI5	3	f
93	CLI_W	\N	t
93	COO1	2	f
93	COO2	2	f
93	COO3	2	f
93	COO4	3	f
93	COO5	3	f
93	COO_W	4	f
93	ORG1	2	f
93	ORG2	1	f
93	ORG3	2	f
93	ORG4	2	f
93	ORG5	1	f
93	ORG_W	3	f
93	SUP1	3	f
93	SUP2	\N	t
93	SUP3	3	f
93	SUP4	4	f
93	SUP5	3	f
93	SUP_W	4	f
93	OMG1	2	f
93	OMG2	\N	t
93	OMG3	\N	t
93	OMG4	2	f
93	OMG5	1	f
93	OMG_W	3	f
93	REF1	1	f
93	REF2	1	f
93	REF3	1	f
93	REF4	2	f
93	REF5	2	f
93	REF_W	2	f
94	CLI1	2	f
94	CLI2	2	f
94	CLI3	1	f
94	CLI4	2	f
94	CLI5	1	f
94	CLI_W	3	f
94	COO1	3	f
94	COO2	3	f
94	COO3	2	f
94	COO4	3	f
94	COO5	3	f
94	COO_W	4	f
94	ORG1	3	f
94	ORG2	4	f
94	ORG3	2	f
94	ORG4	3	f
94	ORG5	4	f
94	ORG_W	4	f
94	SUP1	4	f
94	SUP2	4	f
94	SUP3	4	f
94	SUP4	3	f
94	SUP5	3	f
94	SUP_W	4	f
94	OMG1	3	f
94	OMG2	3	f
94	OMG3	3	f
94	OMG4	3	f
94	OMG5	3	f
94	OMG_W	4	f
94	REF1	3	f
94	REF2	3	f
94	REF3	3	f
94	REF4	3	f
94	REF5	2	f
94	REF_W	3	f
95	CLI1	3	f
95	CLI2	3	f
95	CLI3	3	f
95	CLI4	1	f
95	CLI5	3	f
95	CLI_W	4	f
95	COO1	2	f
95	COO2	1	f
95	COO3	2	f
95	COO4	\N	t
95	COO5	3	f
95	COO_W	3	f
95	ORG1	3	f
95	ORG2	2	f
95	ORG3	2	f
95	ORG4	2	f
95	ORG5	2	f
95	ORG_W	3	f
95	SUP1	3	f
95	SUP2	4	f
95	SUP3	3	f
95	SUP4	3	f
95	SUP5	3	f
95	SUP_W	4	f
95	OMG1	2	f
95	OMG2	1	f
95	OMG3	2	f
95	OMG4	2	f
95	OMG5	2	f
95	OMG_W	4	f
95	REF1	2	f
95	REF2	2	f
95	REF3	1	f
95	REF4	2	f
95	REF5	2	f
95	REF_W	3	f
96	CLI1	\N	t
96	CLI2	2	f
96	CLI3	\N	t
96	CLI4	2	f
96	CLI5	3	f
96	CLI_W	3	f
96	COO1	2	f
96	COO2	3	f
96	COO3	3	f
96	COO4	3	f
96	COO5	2	f
96	COO_W	4	f
96	ORG1	4	f
96	ORG2	3	f
96	ORG3	\N	t
96	ORG4	3	f
96	ORG5	3	f
96	ORG_W	4	f
96	SUP1	4	f
96	SUP2	3	f
96	SUP3	4	f
96	SUP4	3	f
96	SUP5	3	f
96	SUP_W	4	f
96	OMG1	3	f
96	OMG2	2	f
96	OMG3	2	f
96	OMG4	2	f
96	OMG5	3	f
96	OMG_W	4	f
96	REF1	2	f
96	REF2	2	f
96	REF3	2	f
96	REF4	3	f
96	REF5	2	f
96	REF_W	3	f
97	CLI1	3	f
97	CLI2	3	f
97	CLI3	2	f
97	CLI4	3	f
97	CLI5	3	f
97	CLI_W	4	f
97	COO1	4	f
97	COO2	3	f
97	COO3	3	f
97	COO4	4	f
97	COO5	4	f
97	COO_W	4	f
97	ORG1	3	f
97	ORG2	4	f
97	ORG3	4	f
97	ORG4	4	f
97	ORG5	3	f
97	ORG_W	4	f
97	SUP1	3	f
97	SUP2	3	f
97	SUP3	4	f
97	SUP4	3	f
97	SUP5	4	f
97	SUP_W	4	f
97	OMG1	2	f
97	OMG2	\N	t
97	OMG3	\N	t
97	OMG4	2	f
97	OMG5	3	f
97	OMG_W	3	f
97	REF1	4	f
97	REF2	4	f
97	REF3	\N	t
97	REF4	3	f
97	REF5	2	f
97	REF_W	4	f
98	CLI1	2	f
98	CLI2	2	f
98	CLI3	4	f
98	CLI4	2	f
98	CLI5	3	f
98	CLI_W	3	f
98	COO1	3	f
98	COO2	3	f
98	COO3	2	f
98	COO4	3	f
98	COO5	3	f
98	COO_W	4	f
98	ORG1	3	f
98	ORG2	3	f
98	ORG3	3	f
98	ORG4	3	f
98	ORG5	3	f
98	ORG_W	4	f
98	SUP1	3	f
98	SUP2	2	f
98	SUP3	2	f
98	SUP4	3	f
98	SUP5	3	f
98	SUP_W	4	f
98	OMG1	3	f
98	OMG2	3	f
98	OMG3	2	f
98	OMG4	3	f
98	OMG5	3	f
98	OMG_W	3	f
98	REF1	2	f
98	REF2	1	f
98	REF3	2	f
98	REF4	3	f
98	REF5	1	f
98	REF_W	3	f
99	CLI1	3	f
99	CLI2	2	f
99	CLI3	2	f
99	CLI4	3	f
99	CLI5	3	f
99	CLI_W	4	f
99	COO1	3	f
99	COO2	3	f
99	COO3	3	f
99	COO4	2	f
99	COO5	3	f
99	COO_W	4	f
99	ORG1	2	f
99	ORG2	3	f
99	ORG3	3	f
99	ORG4	3	f
99	ORG5	3	f
99	ORG_W	3	f
99	SUP1	4	f
99	SUP2	4	f
99	SUP3	4	f
99	SUP4	3	f
99	SUP5	4	f
99	SUP_W	4	f
99	OMG1	3	f
99	OMG2	2	f
99	OMG3	1	f
99	OMG4	3	f
99	OMG5	1	f
99	OMG_W	4	f
99	REF1	2	f
99	REF2	2	f
99	REF3	2	f
99	REF4	1	f
99	REF5	2	f
99	REF_W	3	f
100	CLI1	3	f
100	CLI2	3	f
100	CLI3	3	f
100	CLI4	2	f
100	CLI5	3	f
100	CLI_W	3	f
100	COO1	3	f
100	COO2	3	f
100	COO3	2	f
100	COO4	3	f
100	COO5	2	f
100	COO_W	4	f
100	ORG1	4	f
100	ORG2	4	f
100	ORG3	3	f
100	ORG4	4	f
100	ORG5	3	f
100	ORG_W	4	f
100	SUP1	\N	f
100	SUP2	2	f
100	SUP3	4	f
100	SUP4	3	f
100	SUP5	4	f
100	SUP_W	\N	t
100	OMG1	3	f
100	OMG2	2	f
100	OMG3	3	f
100	OMG4	2	f
100	OMG5	\N	t
100	OMG_W	\N	f
100	REF1	3	f
100	REF2	3	f
100	REF3	4	f
100	REF4	2	f
100	REF5	4	f
100	REF_W	4	f
101	CLI1	3	f
101	CLI2	3	f
101	CLI3	3	f
101	CLI4	3	f
101	CLI5	3	f
101	CLI_W	4	f
101	COO1	4	f
101	COO2	3	f
101	COO3	3	f
101	COO4	3	f
101	COO5	3	f
101	COO_W	4	f
101	ORG1	3	f
101	ORG2	\N	t
101	ORG3	3	f
101	ORG4	3	f
101	ORG5	3	f
101	ORG_W	3	f
101	SUP1	2	f
101	SUP2	3	f
101	SUP3	2	f
101	SUP4	4	f
101	SUP5	3	f
101	SUP_W	3	f
101	OMG1	3	f
101	OMG2	3	f
101	OMG3	2	f
101	OMG4	2	f
101	OMG5	2	f
101	OMG_W	3	f
101	REF1	2	f
101	REF2	2	f
101	REF3	2	f
101	REF4	1	f
101	REF5	2	f
101	REF_W	3	f
102	CLI1	4	f
102	CLI2	2	f
102	CLI3	3	f
102	CLI4	2	f
102	CLI5	2	f
102	CLI_W	4	f
102	COO1	\N	t
102	COO2	3	f
102	COO3	\N	t
102	COO4	3	f
102	COO5	3	f
102	COO_W	4	f
102	ORG1	4	f
102	ORG2	2	f
102	ORG3	3	f
102	ORG4	2	f
102	ORG5	\N	t
102	ORG_W	4	f
102	SUP1	3	f
102	SUP2	4	f
102	SUP3	4	f
102	SUP4	3	f
102	SUP5	3	f
102	SUP_W	4	f
102	OMG1	\N	t
102	OMG2	\N	t
102	OMG3	1	f
102	OMG4	2	f
102	OMG5	2	f
102	OMG_W	3	f
102	REF1	\N	t
102	REF2	2	f
102	REF3	3	f
102	REF4	1	f
102	REF5	2	f
102	REF_W	3	f
103	CLI1	2	f
103	CLI2	2	f
103	CLI3	2	f
103	CLI4	2	f
103	CLI5	3	f
103	CLI_W	4	f
103	COO1	4	f
103	COO2	4	f
103	COO3	4	f
103	COO4	4	f
103	COO5	4	f
103	COO_W	4	f
103	ORG1	2	f
103	ORG2	3	f
103	ORG3	3	f
103	ORG4	2	f
103	ORG5	\N	t
103	ORG_W	3	f
103	SUP1	3	f
103	SUP2	3	f
103	SUP3	3	f
103	SUP4	3	f
103	SUP5	3	f
103	SUP_W	4	f
103	OMG1	2	f
103	OMG2	3	f
103	OMG3	3	f
103	OMG4	2	f
103	OMG5	2	f
103	OMG_W	4	f
103	REF1	3	f
103	REF2	4	f
103	REF3	4	f
103	REF4	3	f
103	REF5	3	f
103	REF_W	4	f
104	CLI1	2	f
104	CLI2	3	f
104	CLI3	3	f
104	CLI4	2	f
104	CLI5	2	f
104	CLI_W	4	f
104	COO1	4	f
104	COO2	4	f
104	COO3	4	f
104	COO4	4	f
104	COO5	4	f
104	COO_W	4	f
104	ORG1	2	f
104	ORG2	2	f
104	ORG3	3	f
104	ORG4	1	f
104	ORG5	2	f
104	ORG_W	3	f
104	SUP1	3	f
104	SUP2	3	f
104	SUP3	2	f
104	SUP4	3	f
104	SUP5	3	f
104	SUP_W	4	f
104	OMG1	3	f
104	OMG2	\N	t
104	OMG3	\N	t
104	OMG4	2	f
104	OMG5	2	f
104	OMG_W	3	f
104	REF1	2	f
104	REF2	2	f
104	REF3	2	f
104	REF4	3	f
104	REF5	2	f
104	REF_W	3	f
105	CLI1	2	f
105	CLI2	2	f
105	CLI3	2	f
105	CLI4	2	f
105	CLI5	2	f
105	CLI_W	3	f
105	COO1	3	f
105	COO2	2	f
105	COO3	2	f
105	COO4	2	f
105	COO5	2	f
105	COO_W	4	f
105	ORG1	4	f
105	ORG2	4	f
105	ORG3	3	f
105	ORG4	3	f
105	ORG5	3	f
105	ORG_W	4	f
105	SUP1	\N	t
105	SUP2	4	f
105	SUP3	3	f
105	SUP4	4	f
105	SUP5	3	f
105	SUP_W	4	f
105	OMG1	2	f
105	OMG2	3	f
105	OMG3	2	f
105	OMG4	3	f
105	OMG5	2	f
105	OMG_W	4	f
105	REF1	3	f
105	REF2	2	f
105	REF3	2	f
105	REF4	3	f
105	REF5	2	f
105	REF_W	4	f
106	CLI1	2	f
106	CLI2	3	f
106	CLI3	3	f
106	CLI4	3	f
106	CLI5	3	f
106	CLI_W	4	f
106	COO1	4	f
106	COO2	2	f
106	COO3	\N	t
106	COO4	3	f
106	COO5	3	f
106	COO_W	4	f
106	ORG1	3	f
106	ORG2	3	f
106	ORG3	3	f
106	ORG4	3	f
106	ORG5	2	f
106	ORG_W	4	f
106	SUP1	4	f
106	SUP2	4	f
106	SUP3	3	f
106	SUP4	3	f
106	SUP5	4	f
106	SUP_W	4	f
106	OMG1	\N	t
106	OMG2	\N	t
106	OMG3	\N	f
106	OMG4	3	f
106	OMG5	3	f
106	OMG_W	4	f
106	REF1	2	f
106	REF2	3	f
106	REF3	2	f
106	REF4	3	f
106	REF5	1	f
106	REF_W	4	f
107	CLI1	4	f
107	CLI2	3	f
107	CLI3	1	f
107	CLI4	2	f
107	CLI5	3	f
107	CLI_W	3	f
107	COO1	4	f
107	COO2	4	f
107	COO3	2	f
107	COO4	3	f
107	COO5	3	f
107	COO_W	4	f
107	ORG1	4	f
107	ORG2	4	f
107	ORG3	3	f
107	ORG4	3	f
107	ORG5	3	f
107	ORG_W	4	f
107	SUP1	3	f
107	SUP2	4	f
107	SUP3	4	f
107	SUP4	4	f
107	SUP5	4	f
107	SUP_W	4	f
107	OMG1	3	f
107	OMG2	2	f
107	OMG3	2	f
107	OMG4	2	f
107	OMG5	3	f
107	OMG_W	3	f
107	REF1	3	f
107	REF2	3	f
107	REF3	3	f
107	REF4	3	f
107	REF5	2	f
107	REF_W	4	f
108	CLI1	3	f
108	CLI2	2	f
108	CLI3	2	f
108	CLI4	2	f
108	CLI5	3	f
108	CLI_W	3	f
108	COO1	3	f
108	COO2	2	f
108	COO3	3	f
108	COO4	3	f
108	COO5	3	f
108	COO_W	4	f
108	ORG1	3	f
108	ORG2	3	f
108	ORG3	\N	t
108	ORG4	3	f
108	ORG5	3	f
108	ORG_W	4	f
108	SUP1	4	f
108	SUP2	4	f
108	SUP3	\N	t
108	SUP4	4	f
108	SUP5	3	f
108	SUP_W	4	f
108	OMG1	2	f
108	OMG2	2	f
108	OMG3	\N	t
108	OMG4	\N	t
108	OMG5	3	f
108	OMG_W	3	f
108	REF1	2	f
108	REF2	4	f
108	REF3	2	f
108	REF4	2	f
108	REF5	2	f
108	REF_W	3	f
109	CLI1	2	f
109	CLI2	2	f
109	CLI3	1	f
109	CLI4	1	f
109	CLI5	\N	f
109	CLI_W	3	f
109	COO1	3	f
109	COO2	2	f
109	COO3	2	f
109	COO4	2	f
109	COO5	1	f
109	COO_W	3	f
109	ORG1	2	f
109	ORG2	2	f
109	ORG3	1	f
109	ORG4	2	f
109	ORG5	2	f
109	ORG_W	3	f
109	SUP1	2	f
109	SUP2	3	f
109	SUP3	2	f
109	SUP4	2	f
109	SUP5	2	f
109	SUP_W	3	f
109	OMG1	3	f
109	OMG2	2	f
109	OMG3	\N	t
109	OMG4	2	f
109	OMG5	2	f
109	OMG_W	4	f
109	REF1	2	f
109	REF2	\N	f
109	REF3	2	f
109	REF4	2	f
109	REF5	2	f
109	REF_W	3	f
110	CLI1	3	f
110	CLI2	2	f
110	CLI3	3	f
110	CLI4	2	f
110	CLI5	2	f
110	CLI_W	3	f
110	COO1	3	f
110	COO2	3	f
110	COO3	2	f
110	COO4	2	f
110	COO5	3	f
110	COO_W	4	f
110	ORG1	4	f
110	ORG2	2	f
110	ORG3	3	f
110	ORG4	2	f
110	ORG5	\N	t
110	ORG_W	4	f
110	SUP1	\N	f
110	SUP2	\N	f
110	SUP3	\N	f
110	SUP4	\N	f
110	SUP5	\N	f
110	SUP_W	\N	f
110	OMG1	\N	f
110	OMG2	\N	f
110	OMG3	\N	f
110	OMG4	\N	f
110	OMG5	\N	f
110	OMG_W	\N	f
110	REF1	\N	f
110	REF2	\N	f
110	REF3	\N	f
110	REF4	\N	f
110	REF5	\N	f
110	REF_W	\N	f
111	CLI1	3	f
111	CLI2	3	f
111	CLI3	3	f
111	CLI4	2	f
111	CLI5	2	f
111	CLI_W	4	f
111	COO1	2	f
111	COO2	4	f
111	COO3	3	f
111	COO4	3	f
111	COO5	\N	f
111	COO_W	4	f
111	ORG1	3	f
111	ORG2	3	f
111	ORG3	2	f
111	ORG4	3	f
111	ORG5	3	f
111	ORG_W	4	f
111	SUP1	4	f
111	SUP2	4	f
111	SUP3	3	f
111	SUP4	3	f
111	SUP5	3	f
111	SUP_W	4	f
111	OMG1	2	f
111	OMG2	4	f
111	OMG3	2	f
111	OMG4	3	f
111	OMG5	3	f
111	OMG_W	4	f
111	REF1	3	f
111	REF2	3	f
111	REF3	3	f
111	REF4	2	f
111	REF5	3	f
111	REF_W	4	f
112	CLI1	2	f
112	CLI2	3	f
112	CLI3	1	f
112	CLI4	1	f
112	CLI5	\N	t
112	CLI_W	3	f
112	COO1	4	f
112	COO2	2	f
112	COO3	3	f
112	COO4	2	f
112	COO5	4	f
112	COO_W	4	f
112	ORG1	1	f
112	ORG2	3	f
112	ORG3	3	f
112	ORG4	2	f
112	ORG5	1	f
112	ORG_W	3	f
112	SUP1	3	f
112	SUP2	4	f
112	SUP3	3	f
112	SUP4	\N	t
112	SUP5	4	f
112	SUP_W	4	f
112	OMG1	3	f
112	OMG2	3	f
112	OMG3	\N	t
112	OMG4	2	f
112	OMG5	2	f
112	OMG_W	4	f
112	REF1	2	f
112	REF2	2	f
112	REF3	2	f
112	REF4	2	f
112	REF5	1	f
112	REF_W	2	f
113	CLI1	2	f
113	CLI2	3	f
113	CLI3	3	f
113	CLI4	3	f
113	CLI5	2	f
113	CLI_W	4	f
113	COO1	3	f
113	COO2	3	f
113	COO3	3	f
113	COO4	3	f
113	COO5	3	f
113	COO_W	4	f
113	ORG1	\N	t
113	ORG2	3	f
113	ORG3	2	f
113	ORG4	2	f
113	ORG5	\N	t
113	ORG_W	4	f
113	SUP1	3	f
113	SUP2	4	f
113	SUP3	4	f
113	SUP4	3	f
113	SUP5	4	f
113	SUP_W	4	f
113	OMG1	3	f
113	OMG2	3	f
113	OMG3	\N	t
113	OMG4	\N	t
113	OMG5	3	f
113	OMG_W	4	f
113	REF1	2	f
113	REF2	2	f
113	REF3	1	f
113	REF4	\N	t
113	REF5	1	f
113	REF_W	3	f
114	CLI1	3	f
114	CLI2	3	f
114	CLI3	3	f
114	CLI4	3	f
114	CLI5	3	f
114	CLI_W	4	f
114	COO1	4	f
114	COO2	3	f
114	COO3	3	f
114	COO4	3	f
114	COO5	4	f
114	COO_W	4	f
114	ORG1	4	f
114	ORG2	3	f
114	ORG3	4	f
114	ORG4	4	f
114	ORG5	4	f
114	ORG_W	4	f
114	SUP1	3	f
114	SUP2	\N	t
114	SUP3	4	f
114	SUP4	4	f
114	SUP5	4	f
114	SUP_W	4	f
114	OMG1	\N	f
114	OMG2	4	f
114	OMG3	3	f
114	OMG4	3	f
114	OMG5	4	f
114	OMG_W	4	f
114	REF1	4	f
114	REF2	3	f
114	REF3	4	f
114	REF4	3	f
114	REF5	3	f
114	REF_W	4	f
115	CLI1	2	f
115	CLI2	3	f
115	CLI3	3	f
115	CLI4	2	f
115	CLI5	3	f
115	CLI_W	4	f
115	COO1	1	f
115	COO2	3	f
115	COO3	3	f
115	COO4	\N	t
115	COO5	4	f
115	COO_W	4	f
115	ORG1	2	f
115	ORG2	2	f
115	ORG3	2	f
115	ORG4	2	f
115	ORG5	2	f
115	ORG_W	3	f
115	SUP1	3	f
115	SUP2	\N	t
115	SUP3	4	f
115	SUP4	3	f
115	SUP5	3	f
115	SUP_W	4	f
115	OMG1	2	f
115	OMG2	3	f
115	OMG3	3	f
115	OMG4	3	f
115	OMG5	2	f
115	OMG_W	4	f
115	REF1	2	f
115	REF2	3	f
115	REF3	4	f
115	REF4	\N	t
115	REF5	3	f
115	REF_W	4	f
116	CLI1	3	f
116	CLI2	3	f
116	CLI3	3	f
116	CLI4	3	f
116	CLI5	3	f
116	CLI_W	4	f
116	COO1	4	f
116	COO2	4	f
116	COO3	2	f
116	COO4	2	f
116	COO5	3	f
116	COO_W	4	f
116	ORG1	4	f
116	ORG2	4	f
116	ORG3	4	f
116	ORG4	4	f
116	ORG5	4	f
116	ORG_W	4	f
116	SUP1	3	f
116	SUP2	4	f
116	SUP3	3	f
116	SUP4	4	f
116	SUP5	3	f
116	SUP_W	4	f
116	OMG1	3	f
116	OMG2	4	f
116	OMG3	2	f
116	OMG4	\N	f
116	OMG5	3	f
116	OMG_W	4	f
116	REF1	1	f
116	REF2	3	f
116	REF3	3	f
116	REF4	2	f
116	REF5	3	f
116	REF_W	4	f
117	CLI1	3	f
117	CLI2	2	f
117	CLI3	2	f
117	CLI4	2	f
117	CLI5	\N	t
117	CLI_W	3	f
117	COO1	2	f
117	COO2	\N	f
117	COO3	3	f
117	COO4	3	f
117	COO5	3	f
117	COO_W	4	f
117	ORG1	\N	t
117	ORG2	2	f
117	ORG3	3	f
117	ORG4	3	f
117	ORG5	4	f
117	ORG_W	4	f
117	SUP1	3	f
117	SUP2	4	f
117	SUP3	4	f
117	SUP4	3	f
117	SUP5	4	f
117	SUP_W	4	f
117	OMG1	2	f
117	OMG2	2	f
117	OMG3	2	f
117	OMG4	3	f
117	OMG5	2	f
117	OMG_W	3	f
117	REF1	3	f
117	REF2	2	f
117	REF3	3	f
117	REF4	3	f
117	REF5	3	f
117	REF_W	4	f
118	CLI1	3	f
118	CLI2	\N	t
118	CLI3	3	f
118	CLI4	3	f
118	CLI5	3	f
118	CLI_W	4	f
118	COO1	3	f
118	COO2	3	f
118	COO3	3	f
118	COO4	3	f
118	COO5	3	f
118	COO_W	4	f
118	ORG1	3	f
118	ORG2	2	f
118	ORG3	\N	t
118	ORG4	2	f
118	ORG5	2	f
118	ORG_W	3	f
118	SUP1	3	f
118	SUP2	4	f
118	SUP3	4	f
118	SUP4	4	f
118	SUP5	4	f
118	SUP_W	4	f
118	OMG1	1	f
118	OMG2	2	f
118	OMG3	3	f
118	OMG4	2	f
118	OMG5	2	f
118	OMG_W	4	f
118	REF1	3	f
118	REF2	3	f
118	REF3	2	f
118	REF4	3	f
118	REF5	2	f
118	REF_W	4	f
119	CLI1	4	f
119	CLI2	3	f
119	CLI3	2	f
119	CLI4	2	f
119	CLI5	3	f
119	CLI_W	4	f
119	COO1	3	f
119	COO2	2	f
119	COO3	2	f
119	COO4	3	f
119	COO5	3	f
119	COO_W	3	f
119	ORG1	3	f
119	ORG2	1	f
119	ORG3	2	f
119	ORG4	3	f
119	ORG5	2	f
119	ORG_W	3	f
119	SUP1	3	f
119	SUP2	3	f
119	SUP3	3	f
119	SUP4	2	f
119	SUP5	2	f
119	SUP_W	4	f
119	OMG1	2	f
119	OMG2	3	f
119	OMG3	2	f
119	OMG4	3	f
119	OMG5	\N	t
119	OMG_W	4	f
119	REF1	2	f
119	REF2	3	f
119	REF3	4	f
119	REF4	3	f
119	REF5	3	f
119	REF_W	4	f
120	CLI1	3	f
120	CLI2	3	f
120	CLI3	2	f
120	CLI4	2	f
120	CLI5	2	f
120	CLI_W	\N	t
120	COO1	3	f
120	COO2	3	f
120	COO3	3	f
120	COO4	3	f
120	COO5	4	f
120	COO_W	\N	f
120	ORG1	3	f
120	ORG2	3	f
120	ORG3	3	f
120	ORG4	2	f
120	ORG5	2	f
120	ORG_W	4	f
120	SUP1	2	f
120	SUP2	2	f
120	SUP3	2	f
120	SUP4	2	f
120	SUP5	2	f
120	SUP_W	3	f
120	OMG1	2	f
120	OMG2	2	f
120	OMG3	2	f
120	OMG4	2	f
120	OMG5	1	f
120	OMG_W	3	f
120	REF1	2	f
120	REF2	2	f
120	REF3	2	f
120	REF4	2	f
120	REF5	2	f
120	REF_W	3	f
121	CLI1	3	f
121	CLI2	3	f
121	CLI3	3	f
121	CLI4	2	f
121	CLI5	3	f
121	CLI_W	4	f
121	COO1	3	f
121	COO2	3	f
121	COO3	2	f
121	COO4	4	f
121	COO5	2	f
121	COO_W	4	f
121	ORG1	2	f
121	ORG2	3	f
121	ORG3	3	f
121	ORG4	3	f
121	ORG5	3	f
121	ORG_W	4	f
121	SUP1	3	f
121	SUP2	4	f
121	SUP3	3	f
121	SUP4	2	f
121	SUP5	3	f
121	SUP_W	4	f
121	OMG1	2	f
121	OMG2	1	f
121	OMG3	\N	t
121	OMG4	1	f
121	OMG5	2	f
121	OMG_W	3	f
121	REF1	3	f
121	REF2	3	f
121	REF3	2	f
121	REF4	3	f
121	REF5	3	f
121	REF_W	3	f
122	CLI1	4	f
122	CLI2	2	f
122	CLI3	4	f
122	CLI4	3	f
122	CLI5	4	f
122	CLI_W	4	f
122	COO1	4	f
122	COO2	3	f
122	COO3	3	f
122	COO4	3	f
122	COO5	\N	f
122	COO_W	4	f
122	ORG1	2	f
122	ORG2	4	f
122	ORG3	3	f
122	ORG4	2	f
122	ORG5	2	f
122	ORG_W	4	f
122	SUP1	4	f
122	SUP2	4	f
122	SUP3	4	f
122	SUP4	4	f
122	SUP5	4	f
122	SUP_W	4	f
122	OMG1	3	f
122	OMG2	\N	t
122	OMG3	2	f
122	OMG4	1	f
122	OMG5	3	f
122	OMG_W	3	f
122	REF1	3	f
122	REF2	3	f
122	REF3	3	f
122	REF4	3	f
122	REF5	2	f
122	REF_W	4	f
123	CLI1	2	f
123	CLI2	\N	f
123	CLI3	2	f
123	CLI4	2	f
123	CLI5	2	f
123	CLI_W	3	f
123	COO1	3	f
123	COO2	3	f
123	COO3	3	f
123	COO4	4	f
123	COO5	4	f
123	COO_W	4	f
123	ORG1	2	f
123	ORG2	4	f
123	ORG3	3	f
123	ORG4	3	f
123	ORG5	3	f
123	ORG_W	4	f
123	SUP1	3	f
123	SUP2	3	f
123	SUP3	\N	t
123	SUP4	3	f
123	SUP5	2	f
123	SUP_W	4	f
123	OMG1	2	f
123	OMG2	3	f
123	OMG3	\N	t
123	OMG4	1	f
123	OMG5	3	f
123	OMG_W	3	f
123	REF1	3	f
123	REF2	3	f
123	REF3	3	f
123	REF4	\N	t
123	REF5	2	f
123	REF_W	3	f
124	CLI1	3	f
124	CLI2	3	f
124	CLI3	3	f
124	CLI4	3	f
124	CLI5	3	f
124	CLI_W	3	f
124	COO1	2	f
124	COO2	2	f
124	COO3	1	f
124	COO4	2	f
124	COO5	2	f
124	COO_W	3	f
124	ORG1	3	f
124	ORG2	2	f
124	ORG3	3	f
124	ORG4	\N	t
124	ORG5	2	f
124	ORG_W	3	f
124	SUP1	2	f
124	SUP2	\N	t
124	SUP3	\N	t
124	SUP4	3	f
124	SUP5	4	f
124	SUP_W	4	f
124	OMG1	\N	t
124	OMG2	3	f
124	OMG3	\N	t
124	OMG4	2	f
124	OMG5	1	f
124	OMG_W	4	f
124	REF1	3	f
124	REF2	3	f
124	REF3	3	f
124	REF4	3	f
124	REF5	2	f
124	REF_W	4	f
125	CLI1	3	f
125	CLI2	2	f
125	CLI3	2	f
125	CLI4	2	f
125	CLI5	2	f
125	CLI_W	3	f
125	COO1	2	f
125	COO2	2	f
125	COO3	2	f
125	COO4	2	f
125	COO5	\N	t
125	COO_W	3	f
125	ORG1	3	f
125	ORG2	2	f
125	ORG3	3	f
125	ORG4	2	f
125	ORG5	3	f
125	ORG_W	3	f
125	SUP1	3	f
125	SUP2	3	f
125	SUP3	3	f
125	SUP4	2	f
125	SUP5	2	f
125	SUP_W	4	f
125	OMG1	3	f
125	OMG2	3	f
125	OMG3	3	f
125	OMG4	2	f
125	OMG5	3	f
125	OMG_W	3	f
125	REF1	2	f
125	REF2	2	f
125	REF3	2	f
125	REF4	2	f
125	REF5	2	f
125	REF_W	3	f
126	CLI1	3	f
126	CLI2	2	f
126	CLI3	2	f
126	CLI4	3	f
126	CLI5	2	f
126	CLI_W	3	f
126	COO1	3	f
126	COO2	3	f
126	COO3	4	f
126	COO4	4	f
126	COO5	4	f
126	COO_W	4	f
126	ORG1	2	f
126	ORG2	2	f
126	ORG3	2	f
126	ORG4	2	f
126	ORG5	3	f
126	ORG_W	3	f
126	SUP1	2	f
126	SUP2	4	f
126	SUP3	3	f
126	SUP4	4	f
126	SUP5	3	f
126	SUP_W	4	f
126	OMG1	3	f
126	OMG2	2	f
126	OMG3	2	f
126	OMG4	2	f
126	OMG5	3	f
126	OMG_W	4	f
126	REF1	3	f
126	REF2	3	f
126	REF3	3	f
126	REF4	3	f
126	REF5	3	f
126	REF_W	4	f
127	CLI1	2	f
127	CLI2	2	f
127	CLI3	3	f
127	CLI4	2	f
127	CLI5	2	f
127	CLI_W	3	f
127	COO1	4	f
127	COO2	4	f
127	COO3	3	f
127	COO4	3	f
127	COO5	3	f
127	COO_W	4	f
127	ORG1	4	f
127	ORG2	4	f
127	ORG3	3	f
127	ORG4	3	f
127	ORG5	3	f
127	ORG_W	4	f
127	SUP1	4	f
127	SUP2	4	f
127	SUP3	3	f
127	SUP4	4	f
127	SUP5	3	f
127	SUP_W	4	f
127	OMG1	1	f
127	OMG2	2	f
127	OMG3	2	f
127	OMG4	1	f
127	OMG5	1	f
127	OMG_W	3	f
127	REF1	2	f
127	REF2	3	f
127	REF3	\N	f
127	REF4	3	f
127	REF5	3	f
127	REF_W	3	f
128	CLI1	2	f
128	CLI2	2	f
128	CLI3	2	f
128	CLI4	3	f
128	CLI5	3	f
128	CLI_W	4	f
128	COO1	3	f
128	COO2	4	f
128	COO3	2	f
128	COO4	3	f
128	COO5	2	f
128	COO_W	4	f
128	ORG1	3	f
128	ORG2	3	f
128	ORG3	3	f
128	ORG4	3	f
128	ORG5	3	f
128	ORG_W	3	f
128	SUP1	3	f
128	SUP2	3	f
128	SUP3	3	f
128	SUP4	3	f
128	SUP5	\N	t
128	SUP_W	4	f
128	OMG1	2	f
128	OMG2	3	f
128	OMG3	2	f
128	OMG4	2	f
128	OMG5	1	f
128	OMG_W	2	f
128	REF1	1	f
128	REF2	1	f
128	REF3	3	f
128	REF4	2	f
128	REF5	1	f
128	REF_W	3	f
129	CLI1	4	f
129	CLI2	3	f
129	CLI3	4	f
129	CLI4	4	f
129	CLI5	4	f
129	CLI_W	4	f
129	COO1	3	f
129	COO2	3	f
129	COO3	4	f
129	COO4	2	f
129	COO5	3	f
129	COO_W	4	f
129	ORG1	2	f
129	ORG2	4	f
129	ORG3	3	f
129	ORG4	3	f
129	ORG5	3	f
129	ORG_W	4	f
129	SUP1	2	f
129	SUP2	3	f
129	SUP3	2	f
129	SUP4	3	f
129	SUP5	3	f
129	SUP_W	4	f
129	OMG1	3	f
129	OMG2	2	f
129	OMG3	1	f
129	OMG4	2	f
129	OMG5	4	f
129	OMG_W	4	f
129	REF1	3	f
129	REF2	2	f
129	REF3	3	f
129	REF4	3	f
129	REF5	3	f
129	REF_W	4	f
130	CLI1	3	f
130	CLI2	3	f
130	CLI3	3	f
130	CLI4	2	f
130	CLI5	3	f
130	CLI_W	4	f
130	COO1	3	f
130	COO2	3	f
130	COO3	4	f
130	COO4	4	f
130	COO5	4	f
130	COO_W	4	f
130	ORG1	4	f
130	ORG2	4	f
130	ORG3	3	f
130	ORG4	4	f
130	ORG5	4	f
130	ORG_W	4	f
130	SUP1	3	f
130	SUP2	3	f
130	SUP3	2	f
130	SUP4	3	f
130	SUP5	3	f
130	SUP_W	4	f
130	OMG1	\N	t
130	OMG2	2	f
130	OMG3	2	f
130	OMG4	2	f
130	OMG5	2	f
130	OMG_W	3	f
130	REF1	1	f
130	REF2	2	f
130	REF3	\N	t
130	REF4	1	f
130	REF5	1	f
130	REF_W	3	f
131	CLI1	2	f
131	CLI2	1	f
131	CLI3	1	f
131	CLI4	2	f
131	CLI5	1	f
131	CLI_W	2	f
131	COO1	2	f
131	COO2	3	f
131	COO3	3	f
131	COO4	2	f
131	COO5	3	f
131	COO_W	4	f
131	ORG1	4	f
131	ORG2	3	f
131	ORG3	2	f
131	ORG4	2	f
131	ORG5	2	f
131	ORG_W	4	f
131	SUP1	3	f
131	SUP2	4	f
131	SUP3	3	f
131	SUP4	4	f
131	SUP5	3	f
131	SUP_W	4	f
131	OMG1	2	f
131	OMG2	2	f
131	OMG3	\N	t
131	OMG4	2	f
131	OMG5	3	f
131	OMG_W	3	f
131	REF1	2	f
131	REF2	2	f
131	REF3	2	f
131	REF4	2	f
131	REF5	\N	t
131	REF_W	3	f
132	CLI1	2	f
132	CLI2	\N	t
132	CLI3	2	f
132	CLI4	1	f
132	CLI5	2	f
132	CLI_W	3	f
132	COO1	2	f
132	COO2	3	f
132	COO3	3	f
132	COO4	2	f
132	COO5	2	f
132	COO_W	3	f
132	ORG1	3	f
132	ORG2	3	f
132	ORG3	3	f
132	ORG4	3	f
132	ORG5	3	f
132	ORG_W	4	f
132	SUP1	3	f
132	SUP2	4	f
132	SUP3	4	f
132	SUP4	3	f
132	SUP5	4	f
132	SUP_W	4	f
132	OMG1	2	f
132	OMG2	3	f
132	OMG3	2	f
132	OMG4	2	f
132	OMG5	3	f
132	OMG_W	3	f
132	REF1	3	f
132	REF2	3	f
132	REF3	3	f
132	REF4	3	f
132	REF5	2	f
132	REF_W	3	f
133	CLI1	3	f
133	CLI2	2	f
133	CLI3	4	f
133	CLI4	3	f
133	CLI5	3	f
133	CLI_W	4	f
133	COO1	\N	t
133	COO2	3	f
133	COO3	2	f
133	COO4	3	f
133	COO5	3	f
133	COO_W	4	f
133	ORG1	3	f
133	ORG2	3	f
133	ORG3	2	f
133	ORG4	2	f
133	ORG5	4	f
133	ORG_W	4	f
133	SUP1	4	f
133	SUP2	3	f
133	SUP3	3	f
133	SUP4	3	f
133	SUP5	2	f
133	SUP_W	4	f
133	OMG1	3	f
133	OMG2	2	f
133	OMG3	4	f
133	OMG4	3	f
133	OMG5	2	f
133	OMG_W	4	f
133	REF1	4	f
133	REF2	3	f
133	REF3	4	f
133	REF4	3	f
133	REF5	3	f
133	REF_W	4	f
134	CLI1	3	f
134	CLI2	3	f
134	CLI3	3	f
134	CLI4	3	f
134	CLI5	3	f
134	CLI_W	3	f
134	COO1	4	f
134	COO2	2	f
134	COO3	2	f
134	COO4	2	f
134	COO5	2	f
134	COO_W	3	f
134	ORG1	1	f
134	ORG2	\N	t
134	ORG3	2	f
134	ORG4	1	f
134	ORG5	1	f
134	ORG_W	3	f
134	SUP1	2	f
134	SUP2	2	f
134	SUP3	3	f
134	SUP4	2	f
134	SUP5	2	f
134	SUP_W	4	f
134	OMG1	2	f
134	OMG2	3	f
134	OMG3	2	f
134	OMG4	2	f
134	OMG5	3	f
134	OMG_W	3	f
134	REF1	2	f
134	REF2	2	f
134	REF3	1	f
134	REF4	2	f
134	REF5	2	f
134	REF_W	3	f
135	CLI1	4	f
135	CLI2	3	f
135	CLI3	2	f
135	CLI4	2	f
135	CLI5	4	f
135	CLI_W	4	f
135	COO1	2	f
135	COO2	2	f
135	COO3	2	f
135	COO4	3	f
135	COO5	3	f
135	COO_W	4	f
135	ORG1	3	f
135	ORG2	2	f
135	ORG3	3	f
135	ORG4	3	f
135	ORG5	1	f
135	ORG_W	3	f
135	SUP1	3	f
135	SUP2	3	f
135	SUP3	3	f
135	SUP4	2	f
135	SUP5	3	f
135	SUP_W	4	f
135	OMG1	2	f
135	OMG2	\N	t
135	OMG3	3	f
135	OMG4	\N	f
135	OMG5	2	f
135	OMG_W	4	f
135	REF1	1	f
135	REF2	1	f
135	REF3	1	f
135	REF4	2	f
135	REF5	1	f
135	REF_W	3	f
136	CLI1	3	f
136	CLI2	2	f
136	CLI3	3	f
136	CLI4	2	f
136	CLI5	3	f
136	CLI_W	4	f
136	COO1	4	f
136	COO2	3	f
136	COO3	3	f
136	COO4	4	f
136	COO5	4	f
136	COO_W	4	f
136	ORG1	3	f
136	ORG2	3	f
136	ORG3	2	f
136	ORG4	2	f
136	ORG5	2	f
136	ORG_W	4	f
136	SUP1	4	f
136	SUP2	4	f
136	SUP3	4	f
136	SUP4	4	f
136	SUP5	4	f
136	SUP_W	4	f
136	OMG1	3	f
136	OMG2	2	f
136	OMG3	3	f
136	OMG4	3	f
136	OMG5	2	f
136	OMG_W	4	f
136	REF1	4	f
136	REF2	4	f
136	REF3	2	f
136	REF4	4	f
136	REF5	3	f
136	REF_W	4	f
137	CLI1	3	f
137	CLI2	2	f
137	CLI3	4	f
137	CLI4	3	f
137	CLI5	3	f
137	CLI_W	4	f
137	COO1	3	f
137	COO2	3	f
137	COO3	2	f
137	COO4	2	f
137	COO5	2	f
137	COO_W	4	f
137	ORG1	\N	t
137	ORG2	3	f
137	ORG3	3	f
137	ORG4	\N	t
137	ORG5	3	f
137	ORG_W	4	f
137	SUP1	3	f
137	SUP2	\N	t
137	SUP3	3	f
137	SUP4	\N	t
137	SUP5	3	f
137	SUP_W	4	f
137	OMG1	2	f
137	OMG2	2	f
137	OMG3	1	f
137	OMG4	2	f
137	OMG5	1	f
137	OMG_W	3	f
137	REF1	2	f
137	REF2	3	f
137	REF3	2	f
137	REF4	1	f
137	REF5	2	f
137	REF_W	3	f
138	CLI1	4	f
138	CLI2	3	f
138	CLI3	4	f
138	CLI4	4	f
138	CLI5	\N	t
138	CLI_W	4	f
138	COO1	4	f
138	COO2	3	f
138	COO3	3	f
138	COO4	4	f
138	COO5	3	f
138	COO_W	4	f
138	ORG1	4	f
138	ORG2	4	f
138	ORG3	4	f
138	ORG4	2	f
138	ORG5	4	f
138	ORG_W	4	f
138	SUP1	3	f
138	SUP2	4	f
138	SUP3	3	f
138	SUP4	3	f
138	SUP5	3	f
138	SUP_W	4	f
138	OMG1	2	f
138	OMG2	3	f
138	OMG3	2	f
138	OMG4	1	f
138	OMG5	1	f
138	OMG_W	3	f
138	REF1	3	f
138	REF2	2	f
138	REF3	1	f
138	REF4	3	f
138	REF5	2	f
138	REF_W	3	f
139	CLI1	3	f
139	CLI2	3	f
139	CLI3	3	f
139	CLI4	3	f
139	CLI5	3	f
139	CLI_W	4	f
139	COO1	3	f
139	COO2	2	f
139	COO3	3	f
139	COO4	3	f
139	COO5	3	f
139	COO_W	4	f
139	ORG1	3	f
139	ORG2	3	f
139	ORG3	3	f
139	ORG4	3	f
139	ORG5	3	f
139	ORG_W	4	f
139	SUP1	3	f
139	SUP2	4	f
139	SUP3	4	f
139	SUP4	3	f
139	SUP5	3	f
139	SUP_W	4	f
139	OMG1	2	f
139	OMG2	1	f
139	OMG3	2	f
139	OMG4	2	f
139	OMG5	2	f
139	OMG_W	\N	t
139	REF1	2	f
139	REF2	3	f
139	REF3	3	f
139	REF4	4	f
139	REF5	2	f
139	REF_W	4	f
140	CLI1	3	f
140	CLI2	4	f
140	CLI3	4	f
140	CLI4	2	f
140	CLI5	2	f
140	CLI_W	4	f
140	COO1	\N	f
140	COO2	\N	t
140	COO3	3	f
140	COO4	\N	t
140	COO5	4	f
140	COO_W	4	f
140	ORG1	1	f
140	ORG2	\N	f
140	ORG3	3	f
140	ORG4	2	f
140	ORG5	2	f
140	ORG_W	3	f
140	SUP1	3	f
140	SUP2	4	f
140	SUP3	3	f
140	SUP4	3	f
140	SUP5	3	f
140	SUP_W	4	f
140	OMG1	3	f
140	OMG2	3	f
140	OMG3	2	f
140	OMG4	3	f
140	OMG5	3	f
140	OMG_W	4	f
140	REF1	3	f
140	REF2	2	f
140	REF3	3	f
140	REF4	3	f
140	REF5	2	f
140	REF_W	4	f
141	CLI1	2	f
141	CLI2	3	f
141	CLI3	4	f
141	CLI4	2	f
141	CLI5	2	f
141	CLI_W	4	f
141	COO1	3	f
141	COO2	2	f
141	COO3	4	f
141	COO4	3	f
141	COO5	\N	f
141	COO_W	4	f
141	ORG1	2	f
141	ORG2	3	f
141	ORG3	3	f
141	ORG4	1	f
141	ORG5	2	f
141	ORG_W	3	f
141	SUP1	3	f
141	SUP2	2	f
141	SUP3	4	f
141	SUP4	2	f
141	SUP5	\N	f
141	SUP_W	4	f
141	OMG1	3	f
141	OMG2	2	f
141	OMG3	2	f
141	OMG4	2	f
141	OMG5	3	f
141	OMG_W	4	f
141	REF1	2	f
141	REF2	3	f
141	REF3	3	f
141	REF4	2	f
141	REF5	3	f
141	REF_W	4	f
142	CLI1	2	f
142	CLI2	2	f
142	CLI3	2	f
142	CLI4	\N	f
142	CLI5	1	f
142	CLI_W	3	f
142	COO1	3	f
142	COO2	3	f
142	COO3	3	f
142	COO4	3	f
142	COO5	3	f
142	COO_W	4	f
142	ORG1	1	f
142	ORG2	1	f
142	ORG3	1	f
142	ORG4	1	f
142	ORG5	1	f
142	ORG_W	2	f
142	SUP1	3	f
142	SUP2	2	f
142	SUP3	2	f
142	SUP4	2	f
142	SUP5	3	f
142	SUP_W	4	f
142	OMG1	3	f
142	OMG2	3	f
142	OMG3	\N	t
142	OMG4	\N	t
142	OMG5	3	f
142	OMG_W	4	f
142	REF1	\N	t
142	REF2	4	f
142	REF3	2	f
142	REF4	2	f
142	REF5	\N	t
142	REF_W	3	f
143	CLI1	3	f
143	CLI2	3	f
143	CLI3	\N	t
143	CLI4	2	f
143	CLI5	3	f
143	CLI_W	3	f
143	COO1	2	f
143	COO2	3	f
143	COO3	2	f
143	COO4	3	f
143	COO5	3	f
143	COO_W	3	f
143	ORG1	2	f
143	ORG2	3	f
143	ORG3	3	f
143	ORG4	2	f
143	ORG5	2	f
143	ORG_W	4	f
143	SUP1	2	f
143	SUP2	2	f
143	SUP3	2	f
143	SUP4	2	f
143	SUP5	\N	t
143	SUP_W	\N	f
143	OMG1	1	f
143	OMG2	2	f
143	OMG3	1	f
143	OMG4	1	f
143	OMG5	2	f
143	OMG_W	3	f
143	REF1	3	f
143	REF2	3	f
143	REF3	2	f
143	REF4	2	f
143	REF5	3	f
143	REF_W	4	f
144	CLI1	2	f
144	CLI2	2	f
144	CLI3	2	f
144	CLI4	2	f
144	CLI5	2	f
144	CLI_W	3	f
144	COO1	3	f
144	COO2	2	f
144	COO3	3	f
144	COO4	2	f
144	COO5	3	f
144	COO_W	4	f
144	ORG1	3	f
144	ORG2	3	f
144	ORG3	3	f
144	ORG4	2	f
144	ORG5	2	f
144	ORG_W	4	f
144	SUP1	\N	t
144	SUP2	4	f
144	SUP3	4	f
144	SUP4	4	f
144	SUP5	4	f
144	SUP_W	4	f
144	OMG1	3	f
144	OMG2	2	f
144	OMG3	2	f
144	OMG4	2	f
144	OMG5	2	f
144	OMG_W	4	f
144	REF1	3	f
144	REF2	\N	t
144	REF3	2	f
144	REF4	2	f
144	REF5	1	f
144	REF_W	3	f
145	CLI1	2	f
145	CLI2	2	f
145	CLI3	1	f
145	CLI4	2	f
145	CLI5	2	f
145	CLI_W	3	f
145	COO1	2	f
145	COO2	2	f
145	COO3	2	f
145	COO4	2	f
145	COO5	2	f
145	COO_W	\N	t
145	ORG1	2	f
145	ORG2	2	f
145	ORG3	1	f
145	ORG4	2	f
145	ORG5	\N	t
145	ORG_W	2	f
145	SUP1	2	f
145	SUP2	2	f
145	SUP3	1	f
145	SUP4	3	f
145	SUP5	2	f
145	SUP_W	3	f
145	OMG1	\N	t
145	OMG2	1	f
145	OMG3	1	f
145	OMG4	1	f
145	OMG5	\N	t
145	OMG_W	3	f
145	REF1	\N	f
145	REF2	2	f
145	REF3	1	f
145	REF4	2	f
145	REF5	1	f
145	REF_W	3	f
146	CLI1	3	f
146	CLI2	3	f
146	CLI3	3	f
146	CLI4	2	f
146	CLI5	3	f
146	CLI_W	4	f
146	COO1	2	f
146	COO2	3	f
146	COO3	2	f
146	COO4	4	f
146	COO5	\N	t
146	COO_W	4	f
146	ORG1	4	f
146	ORG2	3	f
146	ORG3	4	f
146	ORG4	\N	t
146	ORG5	3	f
146	ORG_W	4	f
146	SUP1	4	f
146	SUP2	4	f
146	SUP3	4	f
146	SUP4	4	f
146	SUP5	4	f
146	SUP_W	4	f
146	OMG1	3	f
146	OMG2	4	f
146	OMG3	4	f
146	OMG4	3	f
146	OMG5	4	f
146	OMG_W	4	f
146	REF1	3	f
146	REF2	3	f
146	REF3	3	f
146	REF4	4	f
146	REF5	3	f
146	REF_W	4	f
147	CLI1	3	f
147	CLI2	2	f
147	CLI3	3	f
147	CLI4	1	f
147	CLI5	3	f
147	CLI_W	3	f
147	COO1	2	f
147	COO2	2	f
147	COO3	2	f
147	COO4	1	f
147	COO5	2	f
147	COO_W	3	f
147	ORG1	2	f
147	ORG2	2	f
147	ORG3	2	f
147	ORG4	2	f
147	ORG5	2	f
147	ORG_W	3	f
147	SUP1	2	f
147	SUP2	3	f
147	SUP3	2	f
147	SUP4	2	f
147	SUP5	2	f
147	SUP_W	3	f
147	OMG1	2	f
147	OMG2	1	f
147	OMG3	1	f
147	OMG4	1	f
147	OMG5	1	f
147	OMG_W	3	f
147	REF1	2	f
147	REF2	2	f
147	REF3	2	f
147	REF4	2	f
147	REF5	2	f
147	REF_W	2	f
148	CLI1	2	f
148	CLI2	3	f
148	CLI3	2	f
148	CLI4	2	f
148	CLI5	3	f
148	CLI_W	3	f
148	COO1	3	f
148	COO2	\N	f
148	COO3	3	f
148	COO4	3	f
148	COO5	4	f
148	COO_W	4	f
148	ORG1	4	f
148	ORG2	4	f
148	ORG3	4	f
148	ORG4	3	f
148	ORG5	3	f
148	ORG_W	4	f
148	SUP1	\N	t
148	SUP2	3	f
148	SUP3	4	f
148	SUP4	3	f
148	SUP5	3	f
148	SUP_W	4	f
148	OMG1	2	f
148	OMG2	2	f
148	OMG3	2	f
148	OMG4	2	f
148	OMG5	2	f
148	OMG_W	3	f
148	REF1	1	f
148	REF2	3	f
148	REF3	4	f
148	REF4	3	f
148	REF5	2	f
148	REF_W	4	f
149	CLI1	\N	f
149	CLI2	2	f
149	CLI3	2	f
149	CLI4	2	f
149	CLI5	3	f
149	CLI_W	3	f
149	COO1	3	f
149	COO2	3	f
149	COO3	4	f
149	COO4	4	f
149	COO5	4	f
149	COO_W	4	f
149	ORG1	2	f
149	ORG2	2	f
149	ORG3	1	f
149	ORG4	1	f
149	ORG5	2	f
149	ORG_W	3	f
149	SUP1	2	f
149	SUP2	3	f
149	SUP3	3	f
149	SUP4	2	f
149	SUP5	2	f
149	SUP_W	3	f
149	OMG1	2	f
149	OMG2	3	f
149	OMG3	3	f
149	OMG4	4	f
149	OMG5	3	f
149	OMG_W	4	f
149	REF1	2	f
149	REF2	\N	t
149	REF3	3	f
149	REF4	2	f
149	REF5	2	f
149	REF_W	3	f
150	CLI1	4	f
150	CLI2	3	f
150	CLI3	3	f
150	CLI4	3	f
150	CLI5	3	f
150	CLI_W	4	f
150	COO1	3	f
150	COO2	3	f
150	COO3	3	f
150	COO4	3	f
150	COO5	2	f
150	COO_W	4	f
150	ORG1	2	f
150	ORG2	2	f
150	ORG3	\N	t
150	ORG4	2	f
150	ORG5	2	f
150	ORG_W	3	f
150	SUP1	3	f
150	SUP2	\N	t
150	SUP3	3	f
150	SUP4	3	f
150	SUP5	4	f
150	SUP_W	4	f
150	OMG1	4	f
150	OMG2	3	f
150	OMG3	2	f
150	OMG4	3	f
150	OMG5	2	f
150	OMG_W	4	f
150	REF1	2	f
150	REF2	2	f
150	REF3	2	f
150	REF4	2	f
150	REF5	3	f
150	REF_W	3	f
151	CLI1	3	f
151	CLI2	2	f
151	CLI3	3	f
151	CLI4	2	f
151	CLI5	3	f
151	CLI_W	4	f
151	COO1	2	f
151	COO2	1	f
151	COO3	2	f
151	COO4	3	f
151	COO5	\N	f
151	COO_W	3	f
151	ORG1	3	f
151	ORG2	3	f
151	ORG3	3	f
151	ORG4	4	f
151	ORG5	3	f
151	ORG_W	4	f
151	SUP1	4	f
151	SUP2	3	f
151	SUP3	4	f
151	SUP4	3	f
151	SUP5	4	f
151	SUP_W	4	f
151	OMG1	2	f
151	OMG2	2	f
151	OMG3	3	f
151	OMG4	\N	t
151	OMG5	3	f
151	OMG_W	3	f
151	REF1	3	f
151	REF2	3	f
151	REF3	3	f
151	REF4	\N	t
151	REF5	2	f
151	REF_W	4	f
152	CLI1	1	f
152	CLI2	2	f
152	CLI3	2	f
152	CLI4	2	f
152	CLI5	3	f
152	CLI_W	3	f
152	COO1	2	f
152	COO2	2	f
152	COO3	1	f
152	COO4	1	f
152	COO5	2	f
152	COO_W	3	f
152	ORG1	3	f
152	ORG2	3	f
152	ORG3	\N	t
152	ORG4	3	f
152	ORG5	2	f
152	ORG_W	4	f
152	SUP1	3	f
152	SUP2	3	f
152	SUP3	2	f
152	SUP4	3	f
152	SUP5	3	f
152	SUP_W	3	f
152	OMG1	2	f
152	OMG2	1	f
152	OMG3	2	f
152	OMG4	1	f
152	OMG5	\N	t
152	OMG_W	2	f
152	REF1	3	f
152	REF2	3	f
152	REF3	2	f
152	REF4	2	f
152	REF5	\N	f
152	REF_W	4	f
153	CLI1	2	f
153	CLI2	2	f
153	CLI3	2	f
153	CLI4	1	f
153	CLI5	2	f
153	CLI_W	\N	t
153	COO1	3	f
153	COO2	2	f
153	COO3	2	f
153	COO4	2	f
153	COO5	2	f
153	COO_W	3	f
153	ORG1	1	f
153	ORG2	2	f
153	ORG3	1	f
153	ORG4	1	f
153	ORG5	1	f
153	ORG_W	3	f
153	SUP1	4	f
153	SUP2	3	f
153	SUP3	2	f
153	SUP4	2	f
153	SUP5	3	f
153	SUP_W	3	f
153	OMG1	\N	t
153	OMG2	2	f
153	OMG3	3	f
153	OMG4	2	f
153	OMG5	\N	t
153	OMG_W	3	f
153	REF1	1	f
153	REF2	2	f
153	REF3	2	f
153	REF4	3	f
153	REF5	1	f
153	REF_W	3	f
154	CLI1	3	f
154	CLI2	2	f
154	CLI3	2	f
154	CLI4	2	f
154	CLI5	2	f
154	CLI_W	4	f
154	COO1	4	f
154	COO2	3	f
154	COO3	3	f
154	COO4	3	f
154	COO5	3	f
154	COO_W	4	f
154	ORG1	2	f
154	ORG2	3	f
154	ORG3	2	f
154	ORG4	2	f
154	ORG5	2	f
154	ORG_W	3	f
154	SUP1	4	f
154	SUP2	4	f
154	SUP3	4	f
154	SUP4	3	f
154	SUP5	3	f
154	SUP_W	4	f
154	OMG1	\N	f
154	OMG2	2	f
154	OMG3	2	f
154	OMG4	3	f
154	OMG5	2	f
154	OMG_W	3	f
154	REF1	3	f
154	REF2	3	f
154	REF3	3	f
154	REF4	4	f
154	REF5	4	f
154	REF_W	4	f
155	CLI1	3	f
155	CLI2	\N	t
155	CLI3	2	f
155	CLI4	\N	f
155	CLI5	2	f
155	CLI_W	3	f
155	COO1	3	f
155	COO2	2	f
155	COO3	3	f
155	COO4	2	f
155	COO5	4	f
155	COO_W	4	f
155	ORG1	2	f
155	ORG2	1	f
155	ORG3	2	f
155	ORG4	1	f
155	ORG5	2	f
155	ORG_W	3	f
155	SUP1	3	f
155	SUP2	3	f
155	SUP3	4	f
155	SUP4	3	f
155	SUP5	3	f
155	SUP_W	4	f
155	OMG1	2	f
155	OMG2	2	f
155	OMG3	\N	t
155	OMG4	2	f
155	OMG5	2	f
155	OMG_W	3	f
155	REF1	3	f
155	REF2	3	f
155	REF3	3	f
155	REF4	3	f
155	REF5	2	f
155	REF_W	4	f
156	CLI1	3	f
156	CLI2	2	f
156	CLI3	2	f
156	CLI4	2	f
156	CLI5	1	f
156	CLI_W	3	f
156	COO1	3	f
156	COO2	3	f
156	COO3	2	f
156	COO4	2	f
156	COO5	3	f
156	COO_W	4	f
156	ORG1	2	f
156	ORG2	\N	t
156	ORG3	1	f
156	ORG4	1	f
156	ORG5	2	f
156	ORG_W	3	f
156	SUP1	4	f
156	SUP2	3	f
156	SUP3	3	f
156	SUP4	3	f
156	SUP5	3	f
156	SUP_W	4	f
156	OMG1	\N	t
156	OMG2	1	f
156	OMG3	1	f
156	OMG4	2	f
156	OMG5	1	f
156	OMG_W	2	f
156	REF1	3	f
156	REF2	3	f
156	REF3	3	f
156	REF4	2	f
156	REF5	2	f
156	REF_W	3	f
157	CLI1	3	f
157	CLI2	3	f
157	CLI3	3	f
157	CLI4	3	f
157	CLI5	3	f
157	CLI_W	4	f
157	COO1	2	f
157	COO2	4	f
157	COO3	3	f
157	COO4	2	f
157	COO5	3	f
157	COO_W	4	f
157	ORG1	3	f
157	ORG2	\N	t
157	ORG3	3	f
157	ORG4	1	f
157	ORG5	\N	t
157	ORG_W	4	f
157	SUP1	\N	t
157	SUP2	4	f
157	SUP3	4	f
157	SUP4	\N	t
157	SUP5	3	f
157	SUP_W	4	f
157	OMG1	3	f
157	OMG2	2	f
157	OMG3	\N	t
157	OMG4	\N	t
157	OMG5	2	f
157	OMG_W	3	f
157	REF1	3	f
157	REF2	4	f
157	REF3	3	f
157	REF4	3	f
157	REF5	4	f
157	REF_W	4	f
158	CLI1	3	f
158	CLI2	2	f
158	CLI3	2	f
158	CLI4	3	f
158	CLI5	1	f
158	CLI_W	3	f
158	COO1	1	f
158	COO2	2	f
158	COO3	2	f
158	COO4	2	f
158	COO5	2	f
158	COO_W	3	f
158	ORG1	2	f
158	ORG2	\N	f
158	ORG3	2	f
158	ORG4	2	f
158	ORG5	3	f
158	ORG_W	3	f
158	SUP1	2	f
158	SUP2	2	f
158	SUP3	2	f
158	SUP4	2	f
158	SUP5	2	f
158	SUP_W	3	f
158	OMG1	\N	t
158	OMG2	\N	t
158	OMG3	1	f
158	OMG4	1	f
158	OMG5	1	f
158	OMG_W	\N	t
158	REF1	3	f
158	REF2	3	f
158	REF3	3	f
158	REF4	2	f
158	REF5	2	f
158	REF_W	4	f
159	CLI1	3	f
159	CLI2	3	f
159	CLI3	4	f
159	CLI4	2	f
159	CLI5	2	f
159	CLI_W	4	f
159	COO1	4	f
159	COO2	3	f
159	COO3	3	f
159	COO4	3	f
159	COO5	\N	t
159	COO_W	4	f
159	ORG1	3	f
159	ORG2	3	f
159	ORG3	3	f
159	ORG4	3	f
159	ORG5	\N	f
159	ORG_W	4	f
159	SUP1	3	f
159	SUP2	3	f
159	SUP3	3	f
159	SUP4	3	f
159	SUP5	3	f
159	SUP_W	4	f
159	OMG1	2	f
159	OMG2	3	f
159	OMG3	2	f
159	OMG4	2	f
159	OMG5	3	f
159	OMG_W	4	f
159	REF1	2	f
159	REF2	3	f
159	REF3	2	f
159	REF4	3	f
159	REF5	1	f
159	REF_W	3	f
160	CLI1	4	f
160	CLI2	3	f
160	CLI3	4	f
160	CLI4	3	f
160	CLI5	3	f
160	CLI_W	4	f
160	COO1	4	f
160	COO2	3	f
160	COO3	4	f
160	COO4	3	f
160	COO5	3	f
160	COO_W	4	f
160	ORG1	4	f
160	ORG2	3	f
160	ORG3	3	f
160	ORG4	3	f
160	ORG5	3	f
160	ORG_W	4	f
160	SUP1	3	f
160	SUP2	2	f
160	SUP3	3	f
160	SUP4	3	f
160	SUP5	2	f
160	SUP_W	4	f
160	OMG1	3	f
160	OMG2	3	f
160	OMG3	2	f
160	OMG4	2	f
160	OMG5	3	f
160	OMG_W	3	f
160	REF1	2	f
160	REF2	2	f
160	REF3	3	f
160	REF4	4	f
160	REF5	2	f
160	REF_W	4	f
161	CLI1	3	f
161	CLI2	3	f
161	CLI3	4	f
161	CLI4	2	f
161	CLI5	3	f
161	CLI_W	3	f
161	COO1	3	f
161	COO2	3	f
161	COO3	3	f
161	COO4	4	f
161	COO5	3	f
161	COO_W	4	f
161	ORG1	3	f
161	ORG2	4	f
161	ORG3	4	f
161	ORG4	3	f
161	ORG5	4	f
161	ORG_W	4	f
161	SUP1	\N	f
161	SUP2	3	f
161	SUP3	3	f
161	SUP4	3	f
161	SUP5	4	f
161	SUP_W	4	f
161	OMG1	3	f
161	OMG2	\N	t
161	OMG3	\N	t
161	OMG4	2	f
161	OMG5	3	f
161	OMG_W	3	f
161	REF1	3	f
161	REF2	3	f
161	REF3	3	f
161	REF4	3	f
161	REF5	3	f
161	REF_W	4	f
162	CLI1	3	f
162	CLI2	3	f
162	CLI3	2	f
162	CLI4	2	f
162	CLI5	2	f
162	CLI_W	4	f
162	COO1	3	f
162	COO2	2	f
162	COO3	3	f
162	COO4	3	f
162	COO5	3	f
162	COO_W	3	f
162	ORG1	4	f
162	ORG2	3	f
162	ORG3	4	f
162	ORG4	4	f
162	ORG5	4	f
162	ORG_W	4	f
162	SUP1	\N	t
162	SUP2	4	f
162	SUP3	4	f
162	SUP4	4	f
162	SUP5	4	f
162	SUP_W	4	f
162	OMG1	1	f
162	OMG2	2	f
162	OMG3	2	f
162	OMG4	1	f
162	OMG5	1	f
162	OMG_W	2	f
162	REF1	3	f
162	REF2	3	f
162	REF3	3	f
162	REF4	4	f
162	REF5	2	f
162	REF_W	4	f
163	CLI1	3	f
163	CLI2	3	f
163	CLI3	3	f
163	CLI4	3	f
163	CLI5	4	f
163	CLI_W	4	f
163	COO1	3	f
163	COO2	3	f
163	COO3	3	f
163	COO4	3	f
163	COO5	2	f
163	COO_W	4	f
163	ORG1	\N	t
163	ORG2	\N	t
163	ORG3	4	f
163	ORG4	3	f
163	ORG5	4	f
163	ORG_W	4	f
163	SUP1	3	f
163	SUP2	3	f
163	SUP3	4	f
163	SUP4	4	f
163	SUP5	3	f
163	SUP_W	4	f
163	OMG1	\N	t
163	OMG2	2	f
163	OMG3	2	f
163	OMG4	\N	t
163	OMG5	\N	t
163	OMG_W	4	f
163	REF1	3	f
163	REF2	4	f
163	REF3	4	f
163	REF4	3	f
163	REF5	3	f
163	REF_W	4	f
164	CLI1	3	f
164	CLI2	2	f
164	CLI3	3	f
164	CLI4	3	f
164	CLI5	3	f
164	CLI_W	4	f
164	COO1	2	f
164	COO2	3	f
164	COO3	2	f
164	COO4	2	f
164	COO5	3	f
164	COO_W	4	f
164	ORG1	2	f
164	ORG2	2	f
164	ORG3	2	f
164	ORG4	2	f
164	ORG5	2	f
164	ORG_W	3	f
164	SUP1	3	f
164	SUP2	3	f
164	SUP3	3	f
164	SUP4	3	f
164	SUP5	2	f
164	SUP_W	4	f
164	OMG1	2	f
164	OMG2	1	f
164	OMG3	2	f
164	OMG4	1	f
164	OMG5	1	f
164	OMG_W	3	f
164	REF1	3	f
164	REF2	3	f
164	REF3	3	f
164	REF4	3	f
164	REF5	3	f
164	REF_W	4	f
165	CLI1	3	f
165	CLI2	2	f
165	CLI3	2	f
165	CLI4	\N	t
165	CLI5	3	f
165	CLI_W	4	f
165	COO1	3	f
165	COO2	3	f
165	COO3	3	f
165	COO4	2	f
165	COO5	3	f
165	COO_W	3	f
165	ORG1	3	f
165	ORG2	2	f
165	ORG3	2	f
165	ORG4	2	f
165	ORG5	2	f
165	ORG_W	3	f
165	SUP1	3	f
165	SUP2	2	f
165	SUP3	2	f
165	SUP4	2	f
165	SUP5	3	f
165	SUP_W	\N	t
165	OMG1	2	f
165	OMG2	2	f
165	OMG3	1	f
165	OMG4	3	f
165	OMG5	2	f
165	OMG_W	3	f
165	REF1	3	f
165	REF2	2	f
165	REF3	3	f
165	REF4	2	f
165	REF5	2	f
165	REF_W	4	f
166	CLI1	\N	f
166	CLI2	3	f
166	CLI3	3	f
166	CLI4	3	f
166	CLI5	3	f
166	CLI_W	4	f
166	COO1	3	f
166	COO2	3	f
166	COO3	3	f
166	COO4	2	f
166	COO5	4	f
166	COO_W	4	f
166	ORG1	2	f
166	ORG2	3	f
166	ORG3	2	f
166	ORG4	3	f
166	ORG5	3	f
166	ORG_W	4	f
166	SUP1	3	f
166	SUP2	2	f
166	SUP3	4	f
166	SUP4	4	f
166	SUP5	4	f
166	SUP_W	4	f
166	OMG1	2	f
166	OMG2	3	f
166	OMG3	1	f
166	OMG4	2	f
166	OMG5	2	f
166	OMG_W	3	f
166	REF1	3	f
166	REF2	2	f
166	REF3	4	f
166	REF4	3	f
166	REF5	2	f
166	REF_W	4	f
167	CLI1	4	f
167	CLI2	4	f
167	CLI3	4	f
167	CLI4	3	f
167	CLI5	3	f
167	CLI_W	4	f
167	COO1	3	f
167	COO2	2	f
167	COO3	3	f
167	COO4	2	f
167	COO5	3	f
167	COO_W	4	f
167	ORG1	3	f
167	ORG2	3	f
167	ORG3	3	f
167	ORG4	3	f
167	ORG5	3	f
167	ORG_W	4	f
167	SUP1	4	f
167	SUP2	3	f
167	SUP3	4	f
167	SUP4	4	f
167	SUP5	4	f
167	SUP_W	4	f
167	OMG1	2	f
167	OMG2	2	f
167	OMG3	2	f
167	OMG4	3	f
167	OMG5	3	f
167	OMG_W	3	f
167	REF1	4	f
167	REF2	4	f
167	REF3	3	f
167	REF4	4	f
167	REF5	3	f
167	REF_W	4	f
168	CLI1	3	f
168	CLI2	3	f
168	CLI3	2	f
168	CLI4	\N	t
168	CLI5	3	f
168	CLI_W	3	f
168	COO1	3	f
168	COO2	3	f
168	COO3	2	f
168	COO4	2	f
168	COO5	2	f
168	COO_W	4	f
168	ORG1	2	f
168	ORG2	2	f
168	ORG3	1	f
168	ORG4	2	f
168	ORG5	2	f
168	ORG_W	2	f
168	SUP1	4	f
168	SUP2	3	f
168	SUP3	3	f
168	SUP4	3	f
168	SUP5	3	f
168	SUP_W	4	f
168	OMG1	3	f
168	OMG2	2	f
168	OMG3	3	f
168	OMG4	1	f
168	OMG5	1	f
168	OMG_W	3	f
168	REF1	4	f
168	REF2	4	f
168	REF3	3	f
168	REF4	3	f
168	REF5	2	f
168	REF_W	4	f
169	CLI1	4	f
169	CLI2	3	f
169	CLI3	4	f
169	CLI4	4	f
169	CLI5	3	f
169	CLI_W	4	f
169	COO1	3	f
169	COO2	4	f
169	COO3	3	f
169	COO4	\N	f
169	COO5	4	f
169	COO_W	4	f
169	ORG1	4	f
169	ORG2	4	f
169	ORG3	4	f
169	ORG4	3	f
169	ORG5	4	f
169	ORG_W	4	f
169	SUP1	4	f
169	SUP2	3	f
169	SUP3	3	f
169	SUP4	4	f
169	SUP5	3	f
169	SUP_W	\N	t
169	OMG1	3	f
169	OMG2	2	f
169	OMG3	3	f
169	OMG4	2	f
169	OMG5	2	f
169	OMG_W	3	f
169	REF1	3	f
169	REF2	4	f
169	REF3	3	f
169	REF4	4	f
169	REF5	2	f
169	REF_W	4	f
170	CLI1	3	f
170	CLI2	3	f
170	CLI3	3	f
170	CLI4	\N	t
170	CLI5	2	f
170	CLI_W	4	f
170	COO1	3	f
170	COO2	\N	t
170	COO3	4	f
170	COO4	3	f
170	COO5	3	f
170	COO_W	4	f
170	ORG1	2	f
170	ORG2	3	f
170	ORG3	2	f
170	ORG4	1	f
170	ORG5	1	f
170	ORG_W	3	f
170	SUP1	3	f
170	SUP2	3	f
170	SUP3	3	f
170	SUP4	4	f
170	SUP5	2	f
170	SUP_W	4	f
170	OMG1	3	f
170	OMG2	3	f
170	OMG3	3	f
170	OMG4	3	f
170	OMG5	3	f
170	OMG_W	4	f
170	REF1	3	f
170	REF2	3	f
170	REF3	3	f
170	REF4	3	f
170	REF5	2	f
170	REF_W	4	f
171	CLI1	3	f
171	CLI2	2	f
171	CLI3	2	f
171	CLI4	3	f
171	CLI5	3	f
171	CLI_W	4	f
171	COO1	3	f
171	COO2	3	f
171	COO3	3	f
171	COO4	2	f
171	COO5	3	f
171	COO_W	4	f
171	ORG1	3	f
171	ORG2	3	f
171	ORG3	3	f
171	ORG4	2	f
171	ORG5	2	f
171	ORG_W	3	f
171	SUP1	4	f
171	SUP2	3	f
171	SUP3	2	f
171	SUP4	2	f
171	SUP5	3	f
171	SUP_W	4	f
171	OMG1	1	f
171	OMG2	2	f
171	OMG3	2	f
171	OMG4	2	f
171	OMG5	1	f
171	OMG_W	3	f
171	REF1	2	f
171	REF2	3	f
171	REF3	3	f
171	REF4	3	f
171	REF5	3	f
171	REF_W	4	f
172	CLI1	2	f
172	CLI2	2	f
172	CLI3	2	f
172	CLI4	2	f
172	CLI5	2	f
172	CLI_W	4	f
172	COO1	2	f
172	COO2	2	f
172	COO3	3	f
172	COO4	3	f
172	COO5	3	f
172	COO_W	4	f
172	ORG1	\N	t
172	ORG2	2	f
172	ORG3	1	f
172	ORG4	1	f
172	ORG5	1	f
172	ORG_W	2	f
172	SUP1	2	f
172	SUP2	3	f
172	SUP3	2	f
172	SUP4	3	f
172	SUP5	2	f
172	SUP_W	3	f
172	OMG1	1	f
172	OMG2	2	f
172	OMG3	2	f
172	OMG4	2	f
172	OMG5	\N	t
172	OMG_W	3	f
172	REF1	3	f
172	REF2	3	f
172	REF3	3	f
172	REF4	3	f
172	REF5	1	f
172	REF_W	3	f
173	CLI1	4	f
173	CLI2	3	f
173	CLI3	3	f
173	CLI4	3	f
173	CLI5	4	f
173	CLI_W	4	f
173	COO1	2	f
173	COO2	2	f
173	COO3	3	f
173	COO4	3	f
173	COO5	3	f
173	COO_W	4	f
173	ORG1	3	f
173	ORG2	4	f
173	ORG3	3	f
173	ORG4	3	f
173	ORG5	3	f
173	ORG_W	4	f
173	SUP1	2	f
173	SUP2	3	f
173	SUP3	3	f
173	SUP4	3	f
173	SUP5	2	f
173	SUP_W	3	f
173	OMG1	3	f
173	OMG2	3	f
173	OMG3	2	f
173	OMG4	2	f
173	OMG5	2	f
173	OMG_W	3	f
173	REF1	3	f
173	REF2	\N	f
173	REF3	2	f
173	REF4	3	f
173	REF5	3	f
173	REF_W	4	f
174	CLI1	\N	t
174	CLI2	\N	t
174	CLI3	4	f
174	CLI4	3	f
174	CLI5	4	f
174	CLI_W	4	f
174	COO1	3	f
174	COO2	3	f
174	COO3	3	f
174	COO4	3	f
174	COO5	3	f
174	COO_W	4	f
174	ORG1	4	f
174	ORG2	3	f
174	ORG3	3	f
174	ORG4	2	f
174	ORG5	2	f
174	ORG_W	4	f
174	SUP1	3	f
174	SUP2	3	f
174	SUP3	3	f
174	SUP4	4	f
174	SUP5	\N	t
174	SUP_W	4	f
174	OMG1	2	f
174	OMG2	2	f
174	OMG3	1	f
174	OMG4	1	f
174	OMG5	2	f
174	OMG_W	3	f
174	REF1	3	f
174	REF2	3	f
174	REF3	3	f
174	REF4	3	f
174	REF5	2	f
174	REF_W	4	f
175	CLI1	4	f
175	CLI2	2	f
175	CLI3	3	f
175	CLI4	3	f
175	CLI5	3	f
175	CLI_W	4	f
175	COO1	2	f
175	COO2	2	f
175	COO3	3	f
175	COO4	2	f
175	COO5	3	f
175	COO_W	4	f
175	ORG1	3	f
175	ORG2	3	f
175	ORG3	2	f
175	ORG4	2	f
175	ORG5	2	f
175	ORG_W	4	f
175	SUP1	2	f
175	SUP2	3	f
175	SUP3	4	f
175	SUP4	3	f
175	SUP5	3	f
175	SUP_W	4	f
175	OMG1	\N	t
175	OMG2	\N	t
175	OMG3	2	f
175	OMG4	\N	f
175	OMG5	3	f
175	OMG_W	4	f
175	REF1	3	f
175	REF2	3	f
175	REF3	4	f
175	REF4	3	f
175	REF5	3	f
175	REF_W	\N	f
176	CLI1	3	f
176	CLI2	2	f
176	CLI3	3	f
176	CLI4	3	f
176	CLI5	2	f
176	CLI_W	3	f
176	COO1	2	f
176	COO2	2	f
176	COO3	3	f
176	COO4	2	f
176	COO5	3	f
176	COO_W	4	f
176	ORG1	2	f
176	ORG2	1	f
176	ORG3	2	f
176	ORG4	2	f
176	ORG5	2	f
176	ORG_W	3	f
176	SUP1	3	f
176	SUP2	3	f
176	SUP3	\N	f
176	SUP4	3	f
176	SUP5	3	f
176	SUP_W	4	f
176	OMG1	3	f
176	OMG2	\N	t
176	OMG3	\N	t
176	OMG4	3	f
176	OMG5	2	f
176	OMG_W	3	f
176	REF1	3	f
176	REF2	3	f
176	REF3	2	f
176	REF4	3	f
176	REF5	2	f
176	REF_W	3	f
177	CLI1	4	f
177	CLI2	3	f
177	CLI3	2	f
177	CLI4	4	f
177	CLI5	3	f
177	CLI_W	4	f
177	COO1	4	f
177	COO2	4	f
177	COO3	4	f
177	COO4	2	f
177	COO5	4	f
177	COO_W	4	f
177	ORG1	4	f
177	ORG2	2	f
177	ORG3	3	f
177	ORG4	3	f
177	ORG5	4	f
177	ORG_W	4	f
177	SUP1	3	f
177	SUP2	3	f
177	SUP3	3	f
177	SUP4	3	f
177	SUP5	3	f
177	SUP_W	4	f
177	OMG1	\N	t
177	OMG2	1	f
177	OMG3	1	f
177	OMG4	1	f
177	OMG5	1	f
177	OMG_W	3	f
177	REF1	4	f
177	REF2	3	f
177	REF3	3	f
177	REF4	3	f
177	REF5	3	f
177	REF_W	4	f
178	CLI1	4	f
178	CLI2	3	f
178	CLI3	4	f
178	CLI4	3	f
178	CLI5	4	f
178	CLI_W	4	f
178	COO1	3	f
178	COO2	3	f
178	COO3	\N	f
178	COO4	3	f
178	COO5	4	f
178	COO_W	4	f
178	ORG1	2	f
178	ORG2	3	f
178	ORG3	2	f
178	ORG4	2	f
178	ORG5	2	f
178	ORG_W	4	f
178	SUP1	4	f
178	SUP2	4	f
178	SUP3	4	f
178	SUP4	4	f
178	SUP5	4	f
178	SUP_W	4	f
178	OMG1	2	f
178	OMG2	3	f
178	OMG3	3	f
178	OMG4	3	f
178	OMG5	2	f
178	OMG_W	3	f
178	REF1	\N	t
178	REF2	4	f
178	REF3	3	f
178	REF4	3	f
178	REF5	\N	t
178	REF_W	4	f
179	CLI1	3	f
179	CLI2	2	f
179	CLI3	3	f
179	CLI4	3	f
179	CLI5	\N	t
179	CLI_W	4	f
179	COO1	2	f
179	COO2	1	f
179	COO3	2	f
179	COO4	3	f
179	COO5	3	f
179	COO_W	4	f
179	ORG1	2	f
179	ORG2	3	f
179	ORG3	3	f
179	ORG4	3	f
179	ORG5	3	f
179	ORG_W	3	f
179	SUP1	4	f
179	SUP2	4	f
179	SUP3	3	f
179	SUP4	3	f
179	SUP5	4	f
179	SUP_W	4	f
179	OMG1	3	f
179	OMG2	2	f
179	OMG3	3	f
179	OMG4	2	f
179	OMG5	3	f
179	OMG_W	4	f
179	REF1	4	f
179	REF2	4	f
179	REF3	3	f
179	REF4	3	f
179	REF5	3	f
179	REF_W	4	f
180	CLI1	\N	t
180	CLI2	2	f
180	CLI3	3	f
180	CLI4	1	f
180	CLI5	2	f
180	CLI_W	3	f
180	COO1	2	f
180	COO2	2	f
180	COO3	3	f
180	COO4	1	f
180	COO5	2	f
180	COO_W	4	f
180	ORG1	4	f
180	ORG2	4	f
180	ORG3	3	f
180	ORG4	3	f
180	ORG5	4	f
180	ORG_W	\N	t
180	SUP1	3	f
180	SUP2	\N	f
180	SUP3	3	f
180	SUP4	2	f
180	SUP5	2	f
180	SUP_W	3	f
180	OMG1	1	f
180	OMG2	1	f
180	OMG3	2	f
180	OMG4	1	f
180	OMG5	1	f
180	OMG_W	2	f
180	REF1	2	f
180	REF2	2	f
180	REF3	3	f
180	REF4	2	f
180	REF5	1	f
180	REF_W	3	f
181	CLI1	3	f
181	CLI2	2	f
181	CLI3	2	f
181	CLI4	2	f
181	CLI5	2	f
181	CLI_W	3	f
181	COO1	2	f
181	COO2	2	f
181	COO3	2	f
181	COO4	3	f
181	COO5	3	f
181	COO_W	4	f
181	ORG1	2	f
181	ORG2	\N	t
181	ORG3	2	f
181	ORG4	1	f
181	ORG5	1	f
181	ORG_W	2	f
181	SUP1	\N	t
181	SUP2	3	f
181	SUP3	2	f
181	SUP4	2	f
181	SUP5	2	f
181	SUP_W	4	f
181	OMG1	3	f
181	OMG2	3	f
181	OMG3	2	f
181	OMG4	2	f
181	OMG5	2	f
181	OMG_W	3	f
181	REF1	3	f
181	REF2	3	f
181	REF3	3	f
181	REF4	3	f
181	REF5	4	f
181	REF_W	4	f
182	CLI1	3	f
182	CLI2	2	f
182	CLI3	4	f
182	CLI4	3	f
182	CLI5	3	f
182	CLI_W	4	f
182	COO1	4	f
182	COO2	4	f
182	COO3	3	f
182	COO4	3	f
182	COO5	4	f
182	COO_W	4	f
182	ORG1	2	f
182	ORG2	3	f
182	ORG3	2	f
182	ORG4	2	f
182	ORG5	3	f
182	ORG_W	3	f
182	SUP1	3	f
182	SUP2	2	f
182	SUP3	2	f
182	SUP4	1	f
182	SUP5	2	f
182	SUP_W	3	f
182	OMG1	\N	t
182	OMG2	2	f
182	OMG3	3	f
182	OMG4	2	f
182	OMG5	\N	t
182	OMG_W	3	f
182	REF1	2	f
182	REF2	2	f
182	REF3	3	f
182	REF4	3	f
182	REF5	3	f
182	REF_W	4	f
183	CLI1	3	f
183	CLI2	3	f
183	CLI3	3	f
183	CLI4	3	f
183	CLI5	3	f
183	CLI_W	4	f
183	COO1	4	f
183	COO2	2	f
183	COO3	3	f
183	COO4	2	f
183	COO5	3	f
183	COO_W	4	f
183	ORG1	2	f
183	ORG2	2	f
183	ORG3	3	f
183	ORG4	2	f
183	ORG5	1	f
183	ORG_W	2	f
183	SUP1	3	f
183	SUP2	3	f
183	SUP3	3	f
183	SUP4	3	f
183	SUP5	3	f
183	SUP_W	4	f
183	OMG1	3	f
183	OMG2	3	f
183	OMG3	3	f
183	OMG4	2	f
183	OMG5	3	f
183	OMG_W	4	f
183	REF1	3	f
183	REF2	3	f
183	REF3	3	f
183	REF4	4	f
183	REF5	2	f
183	REF_W	4	f
184	CLI1	3	f
184	CLI2	2	f
184	CLI3	\N	t
184	CLI4	2	f
184	CLI5	3	f
184	CLI_W	4	f
184	COO1	4	f
184	COO2	3	f
184	COO3	4	f
184	COO4	3	f
184	COO5	3	f
184	COO_W	4	f
184	ORG1	3	f
184	ORG2	3	f
184	ORG3	3	f
184	ORG4	2	f
184	ORG5	4	f
184	ORG_W	4	f
184	SUP1	4	f
184	SUP2	\N	t
184	SUP3	3	f
184	SUP4	4	f
184	SUP5	4	f
184	SUP_W	4	f
184	OMG1	1	f
184	OMG2	2	f
184	OMG3	2	f
184	OMG4	1	f
184	OMG5	2	f
184	OMG_W	3	f
184	REF1	4	f
184	REF2	3	f
184	REF3	2	f
184	REF4	3	f
184	REF5	3	f
184	REF_W	4	f
185	CLI1	3	f
185	CLI2	3	f
185	CLI3	4	f
185	CLI4	3	f
185	CLI5	4	f
185	CLI_W	4	f
185	COO1	3	f
185	COO2	2	f
185	COO3	3	f
185	COO4	3	f
185	COO5	2	f
185	COO_W	3	f
185	ORG1	2	f
185	ORG2	3	f
185	ORG3	2	f
185	ORG4	2	f
185	ORG5	1	f
185	ORG_W	2	f
185	SUP1	3	f
185	SUP2	2	f
185	SUP3	3	f
185	SUP4	3	f
185	SUP5	\N	f
185	SUP_W	4	f
185	OMG1	1	f
185	OMG2	3	f
185	OMG3	3	f
185	OMG4	2	f
185	OMG5	\N	t
185	OMG_W	4	f
185	REF1	3	f
185	REF2	4	f
185	REF3	4	f
185	REF4	4	f
185	REF5	4	f
185	REF_W	\N	f
186	CLI1	3	f
186	CLI2	\N	t
186	CLI3	3	f
186	CLI4	2	f
186	CLI5	3	f
186	CLI_W	4	f
186	COO1	3	f
186	COO2	3	f
186	COO3	2	f
186	COO4	4	f
186	COO5	4	f
186	COO_W	4	f
186	ORG1	3	f
186	ORG2	2	f
186	ORG3	3	f
186	ORG4	2	f
186	ORG5	\N	t
186	ORG_W	3	f
186	SUP1	2	f
186	SUP2	4	f
186	SUP3	3	f
186	SUP4	3	f
186	SUP5	2	f
186	SUP_W	3	f
186	OMG1	2	f
186	OMG2	2	f
186	OMG3	2	f
186	OMG4	4	f
186	OMG5	2	f
186	OMG_W	3	f
186	REF1	3	f
186	REF2	2	f
186	REF3	4	f
186	REF4	2	f
186	REF5	3	f
186	REF_W	4	f
187	CLI1	3	f
187	CLI2	3	f
187	CLI3	3	f
187	CLI4	3	f
187	CLI5	3	f
187	CLI_W	4	f
187	COO1	\N	t
187	COO2	3	f
187	COO3	3	f
187	COO4	4	f
187	COO5	4	f
187	COO_W	4	f
187	ORG1	3	f
187	ORG2	3	f
187	ORG3	3	f
187	ORG4	3	f
187	ORG5	2	f
187	ORG_W	4	f
187	SUP1	3	f
187	SUP2	4	f
187	SUP3	3	f
187	SUP4	4	f
187	SUP5	4	f
187	SUP_W	4	f
187	OMG1	2	f
187	OMG2	3	f
187	OMG3	3	f
187	OMG4	2	f
187	OMG5	3	f
187	OMG_W	4	f
187	REF1	\N	t
187	REF2	4	f
187	REF3	3	f
187	REF4	4	f
187	REF5	3	f
187	REF_W	4	f
188	CLI1	2	f
188	CLI2	2	f
188	CLI3	2	f
188	CLI4	2	f
188	CLI5	2	f
188	CLI_W	3	f
188	COO1	\N	t
188	COO2	3	f
188	COO3	2	f
188	COO4	1	f
188	COO5	2	f
188	COO_W	4	f
188	ORG1	2	f
188	ORG2	2	f
188	ORG3	3	f
188	ORG4	1	f
188	ORG5	2	f
188	ORG_W	3	f
188	SUP1	3	f
188	SUP2	3	f
188	SUP3	3	f
188	SUP4	4	f
188	SUP5	3	f
188	SUP_W	4	f
188	OMG1	3	f
188	OMG2	3	f
188	OMG3	2	f
188	OMG4	3	f
188	OMG5	3	f
188	OMG_W	4	f
188	REF1	2	f
188	REF2	2	f
188	REF3	3	f
188	REF4	3	f
188	REF5	2	f
188	REF_W	4	f
189	CLI1	2	f
189	CLI2	1	f
189	CLI3	2	f
189	CLI4	2	f
189	CLI5	3	f
189	CLI_W	3	f
189	COO1	3	f
189	COO2	2	f
189	COO3	2	f
189	COO4	1	f
189	COO5	2	f
189	COO_W	3	f
189	ORG1	3	f
189	ORG2	3	f
189	ORG3	3	f
189	ORG4	3	f
189	ORG5	3	f
189	ORG_W	3	f
189	SUP1	\N	t
189	SUP2	\N	t
189	SUP3	2	f
189	SUP4	1	f
189	SUP5	2	f
189	SUP_W	4	f
189	OMG1	3	f
189	OMG2	2	f
189	OMG3	3	f
189	OMG4	2	f
189	OMG5	2	f
189	OMG_W	3	f
189	REF1	3	f
189	REF2	4	f
189	REF3	3	f
189	REF4	3	f
189	REF5	2	f
189	REF_W	4	f
190	CLI1	3	f
190	CLI2	3	f
190	CLI3	3	f
190	CLI4	3	f
190	CLI5	2	f
190	CLI_W	4	f
190	COO1	3	f
190	COO2	2	f
190	COO3	3	f
190	COO4	3	f
190	COO5	3	f
190	COO_W	4	f
190	ORG1	3	f
190	ORG2	3	f
190	ORG3	3	f
190	ORG4	3	f
190	ORG5	3	f
190	ORG_W	4	f
190	SUP1	2	f
190	SUP2	4	f
190	SUP3	3	f
190	SUP4	4	f
190	SUP5	3	f
190	SUP_W	4	f
190	OMG1	4	f
190	OMG2	\N	t
190	OMG3	4	f
190	OMG4	3	f
190	OMG5	3	f
190	OMG_W	4	f
190	REF1	4	f
190	REF2	4	f
190	REF3	4	f
190	REF4	3	f
190	REF5	4	f
190	REF_W	4	f
191	CLI1	3	f
191	CLI2	3	f
191	CLI3	2	f
191	CLI4	2	f
191	CLI5	4	f
191	CLI_W	4	f
191	COO1	3	f
191	COO2	2	f
191	COO3	3	f
191	COO4	4	f
191	COO5	3	f
191	COO_W	4	f
191	ORG1	2	f
191	ORG2	2	f
191	ORG3	2	f
191	ORG4	2	f
191	ORG5	2	f
191	ORG_W	3	f
191	SUP1	3	f
191	SUP2	3	f
191	SUP3	3	f
191	SUP4	3	f
191	SUP5	3	f
191	SUP_W	4	f
191	OMG1	2	f
191	OMG2	2	f
191	OMG3	3	f
191	OMG4	2	f
191	OMG5	3	f
191	OMG_W	3	f
191	REF1	\N	t
191	REF2	2	f
191	REF3	2	f
191	REF4	2	f
191	REF5	1	f
191	REF_W	4	f
192	CLI1	3	f
192	CLI2	3	f
192	CLI3	3	f
192	CLI4	3	f
192	CLI5	3	f
192	CLI_W	4	f
192	COO1	2	f
192	COO2	2	f
192	COO3	2	f
192	COO4	3	f
192	COO5	3	f
192	COO_W	3	f
192	ORG1	1	f
192	ORG2	2	f
192	ORG3	1	f
192	ORG4	\N	t
192	ORG5	2	f
192	ORG_W	3	f
192	SUP1	3	f
192	SUP2	2	f
192	SUP3	4	f
192	SUP4	3	f
192	SUP5	3	f
192	SUP_W	4	f
192	OMG1	2	f
192	OMG2	\N	t
192	OMG3	\N	t
192	OMG4	\N	t
192	OMG5	\N	t
192	OMG_W	3	f
192	REF1	2	f
192	REF2	2	f
192	REF3	3	f
192	REF4	3	f
192	REF5	2	f
192	REF_W	4	f
193	CLI1	4	f
193	CLI2	3	f
193	CLI3	3	f
193	CLI4	3	f
193	CLI5	3	f
193	CLI_W	4	f
193	COO1	4	f
193	COO2	4	f
193	COO3	4	f
193	COO4	3	f
193	COO5	4	f
193	COO_W	4	f
193	ORG1	1	f
193	ORG2	2	f
193	ORG3	2	f
193	ORG4	2	f
193	ORG5	3	f
193	ORG_W	3	f
193	SUP1	4	f
193	SUP2	4	f
193	SUP3	4	f
193	SUP4	4	f
193	SUP5	4	f
193	SUP_W	\N	f
193	OMG1	3	f
193	OMG2	3	f
193	OMG3	2	f
193	OMG4	2	f
193	OMG5	3	f
193	OMG_W	4	f
193	REF1	3	f
193	REF2	3	f
193	REF3	4	f
193	REF4	3	f
193	REF5	4	f
193	REF_W	4	f
194	CLI1	3	f
194	CLI2	2	f
194	CLI3	3	f
194	CLI4	1	f
194	CLI5	\N	f
194	CLI_W	3	f
194	COO1	2	f
194	COO2	1	f
194	COO3	3	f
194	COO4	2	f
194	COO5	2	f
194	COO_W	3	f
194	ORG1	2	f
194	ORG2	2	f
194	ORG3	2	f
194	ORG4	1	f
194	ORG5	1	f
194	ORG_W	3	f
194	SUP1	4	f
194	SUP2	\N	t
194	SUP3	3	f
194	SUP4	3	f
194	SUP5	3	f
194	SUP_W	4	f
194	OMG1	1	f
194	OMG2	1	f
194	OMG3	1	f
194	OMG4	2	f
194	OMG5	1	f
194	OMG_W	3	f
194	REF1	4	f
194	REF2	3	f
194	REF3	4	f
194	REF4	3	f
194	REF5	2	f
194	REF_W	4	f
195	CLI1	4	f
195	CLI2	3	f
195	CLI3	4	f
195	CLI4	4	f
195	CLI5	4	f
195	CLI_W	4	f
195	COO1	3	f
195	COO2	\N	t
195	COO3	4	f
195	COO4	3	f
195	COO5	4	f
195	COO_W	4	f
195	ORG1	2	f
195	ORG2	2	f
195	ORG3	2	f
195	ORG4	3	f
195	ORG5	3	f
195	ORG_W	3	f
195	SUP1	4	f
195	SUP2	4	f
195	SUP3	4	f
195	SUP4	3	f
195	SUP5	4	f
195	SUP_W	4	f
195	OMG1	3	f
195	OMG2	2	f
195	OMG3	3	f
195	OMG4	3	f
195	OMG5	2	f
195	OMG_W	4	f
195	REF1	\N	t
195	REF2	4	f
195	REF3	3	f
195	REF4	4	f
195	REF5	3	f
195	REF_W	4	f
196	CLI1	3	f
196	CLI2	4	f
196	CLI3	4	f
196	CLI4	3	f
196	CLI5	3	f
196	CLI_W	4	f
196	COO1	3	f
196	COO2	4	f
196	COO3	4	f
196	COO4	3	f
196	COO5	3	f
196	COO_W	\N	f
196	ORG1	\N	t
196	ORG2	3	f
196	ORG3	2	f
196	ORG4	3	f
196	ORG5	2	f
196	ORG_W	4	f
196	SUP1	3	f
196	SUP2	3	f
196	SUP3	\N	t
196	SUP4	3	f
196	SUP5	3	f
196	SUP_W	4	f
196	OMG1	3	f
196	OMG2	2	f
196	OMG3	2	f
196	OMG4	2	f
196	OMG5	3	f
196	OMG_W	4	f
196	REF1	3	f
196	REF2	4	f
196	REF3	3	f
196	REF4	3	f
196	REF5	4	f
196	REF_W	4	f
197	CLI1	4	f
197	CLI2	4	f
197	CLI3	3	f
197	CLI4	4	f
197	CLI5	3	f
197	CLI_W	4	f
197	COO1	2	f
197	COO2	2	f
197	COO3	3	f
197	COO4	2	f
197	COO5	3	f
197	COO_W	3	f
197	ORG1	4	f
197	ORG2	4	f
197	ORG3	4	f
197	ORG4	3	f
197	ORG5	4	f
197	ORG_W	4	f
197	SUP1	4	f
197	SUP2	4	f
197	SUP3	4	f
197	SUP4	4	f
197	SUP5	3	f
197	SUP_W	4	f
197	OMG1	2	f
197	OMG2	1	f
197	OMG3	3	f
197	OMG4	2	f
197	OMG5	\N	t
197	OMG_W	3	f
197	REF1	2	f
197	REF2	3	f
197	REF3	2	f
197	REF4	3	f
197	REF5	2	f
197	REF_W	3	f
198	CLI1	4	f
198	CLI2	4	f
198	CLI3	3	f
198	CLI4	3	f
198	CLI5	3	f
198	CLI_W	4	f
198	COO1	1	f
198	COO2	3	f
198	COO3	2	f
198	COO4	2	f
198	COO5	2	f
198	COO_W	4	f
198	ORG1	2	f
198	ORG2	\N	t
198	ORG3	3	f
198	ORG4	2	f
198	ORG5	3	f
198	ORG_W	4	f
198	SUP1	\N	f
198	SUP2	4	f
198	SUP3	4	f
198	SUP4	3	f
198	SUP5	4	f
198	SUP_W	4	f
198	OMG1	\N	t
198	OMG2	2	f
198	OMG3	\N	t
198	OMG4	\N	t
198	OMG5	2	f
198	OMG_W	3	f
198	REF1	3	f
198	REF2	3	f
198	REF3	3	f
198	REF4	3	f
198	REF5	2	f
198	REF_W	4	f
199	CLI1	3	f
199	CLI2	2	f
199	CLI3	3	f
199	CLI4	2	f
199	CLI5	2	f
199	CLI_W	3	f
199	COO1	2	f
199	COO2	\N	t
199	COO3	3	f
199	COO4	2	f
199	COO5	3	f
199	COO_W	3	f
199	ORG1	3	f
199	ORG2	2	f
199	ORG3	\N	f
199	ORG4	2	f
199	ORG5	1	f
199	ORG_W	4	f
199	SUP1	3	f
199	SUP2	3	f
199	SUP3	3	f
199	SUP4	2	f
199	SUP5	2	f
199	SUP_W	4	f
199	OMG1	2	f
199	OMG2	2	f
199	OMG3	1	f
199	OMG4	2	f
199	OMG5	\N	t
199	OMG_W	3	f
199	REF1	3	f
199	REF2	4	f
199	REF3	4	f
199	REF4	4	f
199	REF5	3	f
199	REF_W	4	f
200	CLI1	3	f
200	CLI2	3	f
200	CLI3	4	f
200	CLI4	3	f
200	CLI5	3	f
200	CLI_W	4	f
200	COO1	3	f
200	COO2	\N	t
200	COO3	3	f
200	COO4	4	f
200	COO5	4	f
200	COO_W	4	f
200	ORG1	3	f
200	ORG2	3	f
200	ORG3	4	f
200	ORG4	3	f
200	ORG5	3	f
200	ORG_W	\N	t
200	SUP1	3	f
200	SUP2	4	f
200	SUP3	4	f
200	SUP4	4	f
200	SUP5	4	f
200	SUP_W	4	f
200	OMG1	2	f
200	OMG2	3	f
200	OMG3	\N	t
200	OMG4	2	f
200	OMG5	2	f
200	OMG_W	3	f
200	REF1	3	f
200	REF2	2	f
200	REF3	3	f
200	REF4	3	f
200	REF5	3	f
200	REF_W	4	f
201	CLI1	4	f
201	CLI2	3	f
201	CLI3	3	f
201	CLI4	\N	t
201	CLI5	2	f
201	CLI_W	4	f
201	COO1	3	f
201	COO2	2	f
201	COO3	3	f
201	COO4	3	f
201	COO5	3	f
201	COO_W	3	f
201	ORG1	\N	f
201	ORG2	3	f
201	ORG3	2	f
201	ORG4	1	f
201	ORG5	1	f
201	ORG_W	3	f
201	SUP1	3	f
201	SUP2	3	f
201	SUP3	3	f
201	SUP4	2	f
201	SUP5	2	f
201	SUP_W	3	f
201	OMG1	2	f
201	OMG2	3	f
201	OMG3	3	f
201	OMG4	2	f
201	OMG5	3	f
201	OMG_W	3	f
201	REF1	3	f
201	REF2	3	f
201	REF3	3	f
201	REF4	2	f
201	REF5	3	f
201	REF_W	4	f
202	CLI1	3	f
202	CLI2	3	f
202	CLI3	3	f
202	CLI4	2	f
202	CLI5	2	f
202	CLI_W	4	f
202	COO1	2	f
202	COO2	3	f
202	COO3	3	f
202	COO4	2	f
202	COO5	2	f
202	COO_W	3	f
202	ORG1	3	f
202	ORG2	3	f
202	ORG3	2	f
202	ORG4	4	f
202	ORG5	3	f
202	ORG_W	4	f
202	SUP1	3	f
202	SUP2	3	f
202	SUP3	2	f
202	SUP4	3	f
202	SUP5	3	f
202	SUP_W	3	f
202	OMG1	2	f
202	OMG2	3	f
202	OMG3	1	f
202	OMG4	2	f
202	OMG5	2	f
202	OMG_W	3	f
202	REF1	3	f
202	REF2	3	f
202	REF3	3	f
202	REF4	\N	f
202	REF5	3	f
202	REF_W	4	f
203	CLI1	4	f
203	CLI2	3	f
203	CLI3	3	f
203	CLI4	3	f
203	CLI5	3	f
203	CLI_W	4	f
203	COO1	3	f
203	COO2	3	f
203	COO3	1	f
203	COO4	2	f
203	COO5	3	f
203	COO_W	4	f
203	ORG1	2	f
203	ORG2	2	f
203	ORG3	2	f
203	ORG4	1	f
203	ORG5	2	f
203	ORG_W	4	f
203	SUP1	4	f
203	SUP2	4	f
203	SUP3	4	f
203	SUP4	4	f
203	SUP5	3	f
203	SUP_W	4	f
203	OMG1	3	f
203	OMG2	1	f
203	OMG3	\N	t
203	OMG4	3	f
203	OMG5	3	f
203	OMG_W	3	f
203	REF1	3	f
203	REF2	4	f
203	REF3	3	f
203	REF4	3	f
203	REF5	3	f
203	REF_W	4	f
204	CLI1	3	f
204	CLI2	3	f
204	CLI3	3	f
204	CLI4	2	f
204	CLI5	2	f
204	CLI_W	3	f
204	COO1	2	f
204	COO2	3	f
204	COO3	2	f
204	COO4	3	f
204	COO5	2	f
204	COO_W	3	f
204	ORG1	2	f
204	ORG2	2	f
204	ORG3	2	f
204	ORG4	2	f
204	ORG5	2	f
204	ORG_W	3	f
204	SUP1	3	f
204	SUP2	3	f
204	SUP3	3	f
204	SUP4	3	f
204	SUP5	4	f
204	SUP_W	4	f
204	OMG1	1	f
204	OMG2	2	f
204	OMG3	1	f
204	OMG4	1	f
204	OMG5	2	f
204	OMG_W	\N	t
204	REF1	2	f
204	REF2	2	f
204	REF3	3	f
204	REF4	2	f
204	REF5	3	f
204	REF_W	3	f
205	CLI1	3	f
205	CLI2	1	f
205	CLI3	3	f
205	CLI4	1	f
205	CLI5	3	f
205	CLI_W	3	f
205	COO1	3	f
205	COO2	2	f
205	COO3	2	f
205	COO4	2	f
205	COO5	3	f
205	COO_W	4	f
205	ORG1	2	f
205	ORG2	4	f
205	ORG3	3	f
205	ORG4	3	f
205	ORG5	2	f
205	ORG_W	4	f
205	SUP1	\N	t
205	SUP2	3	f
205	SUP3	\N	t
205	SUP4	3	f
205	SUP5	4	f
205	SUP_W	4	f
205	OMG1	2	f
205	OMG2	3	f
205	OMG3	2	f
205	OMG4	1	f
205	OMG5	2	f
205	OMG_W	3	f
205	REF1	4	f
205	REF2	3	f
205	REF3	3	f
205	REF4	\N	f
205	REF5	3	f
205	REF_W	4	f
206	CLI1	2	f
206	CLI2	2	f
206	CLI3	2	f
206	CLI4	2	f
206	CLI5	2	f
206	CLI_W	3	f
206	COO1	3	f
206	COO2	2	f
206	COO3	2	f
206	COO4	2	f
206	COO5	4	f
206	COO_W	4	f
206	ORG1	2	f
206	ORG2	3	f
206	ORG3	2	f
206	ORG4	2	f
206	ORG5	2	f
206	ORG_W	3	f
206	SUP1	3	f
206	SUP2	4	f
206	SUP3	3	f
206	SUP4	3	f
206	SUP5	3	f
206	SUP_W	4	f
206	OMG1	3	f
206	OMG2	\N	t
206	OMG3	2	f
206	OMG4	\N	t
206	OMG5	\N	t
206	OMG_W	3	f
206	REF1	3	f
206	REF2	2	f
206	REF3	2	f
206	REF4	\N	f
206	REF5	2	f
206	REF_W	3	f
207	CLI1	3	f
207	CLI2	\N	f
207	CLI3	4	f
207	CLI4	3	f
207	CLI5	2	f
207	CLI_W	3	f
207	COO1	2	f
207	COO2	3	f
207	COO3	2	f
207	COO4	3	f
207	COO5	3	f
207	COO_W	4	f
207	ORG1	2	f
207	ORG2	\N	t
207	ORG3	2	f
207	ORG4	2	f
207	ORG5	\N	t
207	ORG_W	3	f
207	SUP1	3	f
207	SUP2	4	f
207	SUP3	3	f
207	SUP4	3	f
207	SUP5	2	f
207	SUP_W	4	f
207	OMG1	2	f
207	OMG2	\N	t
207	OMG3	2	f
207	OMG4	2	f
207	OMG5	1	f
207	OMG_W	3	f
207	REF1	3	f
207	REF2	2	f
207	REF3	2	f
207	REF4	3	f
207	REF5	2	f
207	REF_W	4	f
208	CLI1	3	f
208	CLI2	4	f
208	CLI3	3	f
208	CLI4	3	f
208	CLI5	3	f
208	CLI_W	4	f
208	COO1	\N	t
208	COO2	3	f
208	COO3	3	f
208	COO4	3	f
208	COO5	3	f
208	COO_W	4	f
208	ORG1	3	f
208	ORG2	4	f
208	ORG3	4	f
208	ORG4	3	f
208	ORG5	3	f
208	ORG_W	4	f
208	SUP1	3	f
208	SUP2	4	f
208	SUP3	3	f
208	SUP4	3	f
208	SUP5	2	f
208	SUP_W	4	f
208	OMG1	2	f
208	OMG2	2	f
208	OMG3	2	f
208	OMG4	2	f
208	OMG5	2	f
208	OMG_W	3	f
208	REF1	3	f
208	REF2	\N	f
208	REF3	4	f
208	REF4	4	f
208	REF5	2	f
208	REF_W	4	f
209	CLI1	2	f
209	CLI2	2	f
209	CLI3	3	f
209	CLI4	2	f
209	CLI5	2	f
209	CLI_W	4	f
209	COO1	3	f
209	COO2	2	f
209	COO3	3	f
209	COO4	3	f
209	COO5	3	f
209	COO_W	4	f
209	ORG1	3	f
209	ORG2	3	f
209	ORG3	3	f
209	ORG4	3	f
209	ORG5	3	f
209	ORG_W	4	f
209	SUP1	4	f
209	SUP2	\N	t
209	SUP3	4	f
209	SUP4	4	f
209	SUP5	4	f
209	SUP_W	4	f
209	OMG1	2	f
209	OMG2	\N	f
209	OMG3	1	f
209	OMG4	2	f
209	OMG5	3	f
209	OMG_W	3	f
209	REF1	3	f
209	REF2	3	f
209	REF3	\N	t
209	REF4	3	f
209	REF5	2	f
209	REF_W	4	f
210	CLI1	3	f
210	CLI2	3	f
210	CLI3	3	f
210	CLI4	2	f
210	CLI5	3	f
210	CLI_W	4	f
210	COO1	4	f
210	COO2	\N	t
210	COO3	3	f
210	COO4	3	f
210	COO5	4	f
210	COO_W	4	f
210	ORG1	2	f
210	ORG2	3	f
210	ORG3	3	f
210	ORG4	2	f
210	ORG5	3	f
210	ORG_W	4	f
210	SUP1	3	f
210	SUP2	4	f
210	SUP3	4	f
210	SUP4	2	f
210	SUP5	3	f
210	SUP_W	4	f
210	OMG1	2	f
210	OMG2	2	f
210	OMG3	\N	t
210	OMG4	\N	t
210	OMG5	2	f
210	OMG_W	3	f
210	REF1	2	f
210	REF2	2	f
210	REF3	3	f
210	REF4	3	f
210	REF5	3	f
210	REF_W	3	f
211	CLI1	1	f
211	CLI2	3	f
211	CLI3	2	f
211	CLI4	2	f
211	CLI5	3	f
211	CLI_W	3	f
211	COO1	2	f
211	COO2	2	f
211	COO3	1	f
211	COO4	2	f
211	COO5	3	f
211	COO_W	4	f
211	ORG1	2	f
211	ORG2	2	f
211	ORG3	2	f
211	ORG4	1	f
211	ORG5	3	f
211	ORG_W	2	f
211	SUP1	3	f
211	SUP2	\N	t
211	SUP3	2	f
211	SUP4	2	f
211	SUP5	2	f
211	SUP_W	\N	f
211	OMG1	1	f
211	OMG2	1	f
211	OMG3	1	f
211	OMG4	1	f
211	OMG5	1	f
211	OMG_W	2	f
211	REF1	3	f
211	REF2	2	f
211	REF3	1	f
211	REF4	2	f
211	REF5	\N	t
211	REF_W	3	f
212	CLI1	4	f
212	CLI2	3	f
212	CLI3	3	f
212	CLI4	2	f
212	CLI5	2	f
212	CLI_W	4	f
212	COO1	3	f
212	COO2	3	f
212	COO3	3	f
212	COO4	3	f
212	COO5	2	f
212	COO_W	3	f
212	ORG1	1	f
212	ORG2	2	f
212	ORG3	2	f
212	ORG4	2	f
212	ORG5	1	f
212	ORG_W	3	f
212	SUP1	2	f
212	SUP2	3	f
212	SUP3	3	f
212	SUP4	1	f
212	SUP5	\N	f
212	SUP_W	\N	t
212	OMG1	\N	t
212	OMG2	2	f
212	OMG3	3	f
212	OMG4	3	f
212	OMG5	3	f
212	OMG_W	4	f
212	REF1	2	f
212	REF2	\N	t
212	REF3	3	f
212	REF4	3	f
212	REF5	3	f
212	REF_W	4	f
213	CLI1	3	f
213	CLI2	\N	t
213	CLI3	3	f
213	CLI4	3	f
213	CLI5	4	f
213	CLI_W	4	f
213	COO1	3	f
213	COO2	3	f
213	COO3	3	f
213	COO4	3	f
213	COO5	2	f
213	COO_W	4	f
213	ORG1	4	f
213	ORG2	4	f
213	ORG3	4	f
213	ORG4	3	f
213	ORG5	3	f
213	ORG_W	4	f
213	SUP1	4	f
213	SUP2	4	f
213	SUP3	4	f
213	SUP4	4	f
213	SUP5	4	f
213	SUP_W	4	f
213	OMG1	2	f
213	OMG2	3	f
213	OMG3	2	f
213	OMG4	2	f
213	OMG5	2	f
213	OMG_W	3	f
213	REF1	3	f
213	REF2	3	f
213	REF3	3	f
213	REF4	3	f
213	REF5	3	f
213	REF_W	4	f
214	CLI1	2	f
214	CLI2	2	f
214	CLI3	2	f
214	CLI4	2	f
214	CLI5	2	f
214	CLI_W	3	f
214	COO1	1	f
214	COO2	2	f
214	COO3	3	f
214	COO4	2	f
214	COO5	2	f
214	COO_W	3	f
214	ORG1	\N	t
214	ORG2	2	f
214	ORG3	2	f
214	ORG4	2	f
214	ORG5	2	f
214	ORG_W	3	f
214	SUP1	3	f
214	SUP2	2	f
214	SUP3	1	f
214	SUP4	1	f
214	SUP5	3	f
214	SUP_W	3	f
214	OMG1	1	f
214	OMG2	1	f
214	OMG3	1	f
214	OMG4	1	f
214	OMG5	2	f
214	OMG_W	2	f
214	REF1	2	f
214	REF2	2	f
214	REF3	3	f
214	REF4	3	f
214	REF5	2	f
214	REF_W	4	f
215	CLI1	2	f
215	CLI2	2	f
215	CLI3	1	f
215	CLI4	1	f
215	CLI5	1	f
215	CLI_W	2	f
215	COO1	2	f
215	COO2	2	f
215	COO3	\N	f
215	COO4	1	f
215	COO5	2	f
215	COO_W	3	f
215	ORG1	2	f
215	ORG2	3	f
215	ORG3	2	f
215	ORG4	2	f
215	ORG5	2	f
215	ORG_W	4	f
215	SUP1	2	f
215	SUP2	2	f
215	SUP3	1	f
215	SUP4	1	f
215	SUP5	1	f
215	SUP_W	2	f
215	OMG1	1	f
215	OMG2	2	f
215	OMG3	1	f
215	OMG4	1	f
215	OMG5	1	f
215	OMG_W	2	f
215	REF1	3	f
215	REF2	2	f
215	REF3	3	f
215	REF4	3	f
215	REF5	2	f
215	REF_W	4	f
216	CLI1	2	f
216	CLI2	1	f
216	CLI3	3	f
216	CLI4	2	f
216	CLI5	\N	t
216	CLI_W	3	f
216	COO1	2	f
216	COO2	1	f
216	COO3	1	f
216	COO4	2	f
216	COO5	3	f
216	COO_W	3	f
216	ORG1	2	f
216	ORG2	2	f
216	ORG3	2	f
216	ORG4	2	f
216	ORG5	2	f
216	ORG_W	3	f
216	SUP1	1	f
216	SUP2	3	f
216	SUP3	2	f
216	SUP4	\N	t
216	SUP5	2	f
216	SUP_W	3	f
216	OMG1	1	f
216	OMG2	2	f
216	OMG3	2	f
216	OMG4	2	f
216	OMG5	2	f
216	OMG_W	3	f
216	REF1	3	f
216	REF2	2	f
216	REF3	3	f
216	REF4	3	f
216	REF5	2	f
216	REF_W	4	f
217	CLI1	1	f
217	CLI2	2	f
217	CLI3	1	f
217	CLI4	1	f
217	CLI5	1	f
217	CLI_W	\N	t
217	COO1	1	f
217	COO2	1	f
217	COO3	1	f
217	COO4	1	f
217	COO5	2	f
217	COO_W	2	f
217	ORG1	1	f
217	ORG2	2	f
217	ORG3	1	f
217	ORG4	1	f
217	ORG5	1	f
217	ORG_W	2	f
217	SUP1	1	f
217	SUP2	1	f
217	SUP3	1	f
217	SUP4	1	f
217	SUP5	1	f
217	SUP_W	2	f
217	OMG1	1	f
217	OMG2	1	f
217	OMG3	1	f
217	OMG4	1	f
217	OMG5	1	f
217	OMG_W	2	f
217	REF1	2	f
217	REF2	1	f
217	REF3	2	f
217	REF4	1	f
217	REF5	1	f
217	REF_W	2	f
218	CLI1	3	f
218	CLI2	4	f
218	CLI3	2	f
218	CLI4	3	f
218	CLI5	4	f
218	CLI_W	4	f
218	COO1	4	f
218	COO2	2	f
218	COO3	2	f
218	COO4	2	f
218	COO5	3	f
218	COO_W	3	f
218	ORG1	1	f
218	ORG2	1	f
218	ORG3	1	f
218	ORG4	1	f
218	ORG5	2	f
218	ORG_W	2	f
218	SUP1	1	f
218	SUP2	2	f
218	SUP3	2	f
218	SUP4	2	f
218	SUP5	1	f
218	SUP_W	2	f
218	OMG1	3	f
218	OMG2	\N	t
218	OMG3	\N	t
218	OMG4	\N	t
218	OMG5	\N	t
218	OMG_W	3	f
218	REF1	3	f
218	REF2	2	f
218	REF3	2	f
218	REF4	3	f
218	REF5	3	f
218	REF_W	4	f
219	CLI1	3	f
219	CLI2	3	f
219	CLI3	3	f
219	CLI4	3	f
219	CLI5	3	f
219	CLI_W	4	f
219	COO1	2	f
219	COO2	3	f
219	COO3	3	f
219	COO4	2	f
219	COO5	3	f
219	COO_W	3	f
219	ORG1	\N	t
219	ORG2	2	f
219	ORG3	2	f
219	ORG4	1	f
219	ORG5	1	f
219	ORG_W	2	f
219	SUP1	2	f
219	SUP2	1	f
219	SUP3	1	f
219	SUP4	2	f
219	SUP5	1	f
219	SUP_W	2	f
219	OMG1	2	f
219	OMG2	\N	t
219	OMG3	\N	t
219	OMG4	\N	t
219	OMG5	2	f
219	OMG_W	3	f
219	REF1	3	f
219	REF2	3	f
219	REF3	3	f
219	REF4	3	f
219	REF5	2	f
219	REF_W	4	f
220	CLI1	3	f
220	CLI2	2	f
220	CLI3	2	f
220	CLI4	2	f
220	CLI5	2	f
220	CLI_W	3	f
220	COO1	2	f
220	COO2	2	f
220	COO3	1	f
220	COO4	2	f
220	COO5	1	f
220	COO_W	2	f
220	ORG1	2	f
220	ORG2	2	f
220	ORG3	2	f
220	ORG4	1	f
220	ORG5	1	f
220	ORG_W	2	f
220	SUP1	1	f
220	SUP2	2	f
220	SUP3	2	f
220	SUP4	2	f
220	SUP5	1	f
220	SUP_W	3	f
220	OMG1	2	f
220	OMG2	\N	t
220	OMG3	2	f
220	OMG4	2	f
220	OMG5	1	f
220	OMG_W	3	f
220	REF1	3	f
220	REF2	3	f
220	REF3	3	f
220	REF4	3	f
220	REF5	2	f
220	REF_W	4	f
221	CLI1	2	f
221	CLI2	2	f
221	CLI3	3	f
221	CLI4	3	f
221	CLI5	2	f
221	CLI_W	4	f
221	COO1	3	f
221	COO2	2	f
221	COO3	2	f
221	COO4	3	f
221	COO5	2	f
221	COO_W	4	f
221	ORG1	2	f
221	ORG2	4	f
221	ORG3	\N	t
221	ORG4	2	f
221	ORG5	1	f
221	ORG_W	3	f
221	SUP1	1	f
221	SUP2	1	f
221	SUP3	2	f
221	SUP4	1	f
221	SUP5	2	f
221	SUP_W	2	f
221	OMG1	2	f
221	OMG2	2	f
221	OMG3	3	f
221	OMG4	1	f
221	OMG5	3	f
221	OMG_W	4	f
221	REF1	4	f
221	REF2	3	f
221	REF3	3	f
221	REF4	3	f
221	REF5	2	f
221	REF_W	4	f
222	CLI1	1	f
222	CLI2	2	f
222	CLI3	3	f
222	CLI4	2	f
222	CLI5	2	f
222	CLI_W	3	f
222	COO1	1	f
222	COO2	2	f
222	COO3	1	f
222	COO4	2	f
222	COO5	2	f
222	COO_W	3	f
222	ORG1	2	f
222	ORG2	3	f
222	ORG3	2	f
222	ORG4	1	f
222	ORG5	3	f
222	ORG_W	3	f
222	SUP1	\N	f
222	SUP2	1	f
222	SUP3	1	f
222	SUP4	1	f
222	SUP5	2	f
222	SUP_W	3	f
222	OMG1	3	f
222	OMG2	3	f
222	OMG3	\N	t
222	OMG4	2	f
222	OMG5	2	f
222	OMG_W	3	f
222	REF1	1	f
222	REF2	\N	t
222	REF3	2	f
222	REF4	2	f
222	REF5	1	f
222	REF_W	3	f
223	CLI1	3	f
223	CLI2	2	f
223	CLI3	3	f
223	CLI4	2	f
223	CLI5	3	f
223	CLI_W	4	f
223	COO1	2	f
223	COO2	2	f
223	COO3	1	f
223	COO4	2	f
223	COO5	3	f
223	COO_W	4	f
223	ORG1	\N	t
223	ORG2	2	f
223	ORG3	2	f
223	ORG4	1	f
223	ORG5	3	f
223	ORG_W	3	f
223	SUP1	1	f
223	SUP2	2	f
223	SUP3	1	f
223	SUP4	1	f
223	SUP5	2	f
223	SUP_W	3	f
223	OMG1	2	f
223	OMG2	1	f
223	OMG3	\N	t
223	OMG4	2	f
223	OMG5	2	f
223	OMG_W	3	f
223	REF1	3	f
223	REF2	3	f
223	REF3	3	f
223	REF4	3	f
223	REF5	3	f
223	REF_W	4	f
224	CLI1	1	f
224	CLI2	2	f
224	CLI3	2	f
224	CLI4	2	f
224	CLI5	2	f
224	CLI_W	\N	f
224	COO1	2	f
224	COO2	1	f
224	COO3	2	f
224	COO4	1	f
224	COO5	2	f
224	COO_W	3	f
224	ORG1	1	f
224	ORG2	1	f
224	ORG3	2	f
224	ORG4	1	f
224	ORG5	1	f
224	ORG_W	3	f
224	SUP1	1	f
224	SUP2	1	f
224	SUP3	1	f
224	SUP4	2	f
224	SUP5	1	f
224	SUP_W	2	f
224	OMG1	2	f
224	OMG2	3	f
224	OMG3	2	f
224	OMG4	2	f
224	OMG5	2	f
224	OMG_W	3	f
224	REF1	2	f
224	REF2	2	f
224	REF3	3	f
224	REF4	3	f
224	REF5	2	f
224	REF_W	4	f
225	CLI1	3	f
225	CLI2	2	f
225	CLI3	2	f
225	CLI4	3	f
225	CLI5	4	f
225	CLI_W	3	f
225	COO1	3	f
225	COO2	2	f
225	COO3	2	f
225	COO4	3	f
225	COO5	3	f
225	COO_W	4	f
225	ORG1	2	f
225	ORG2	3	f
225	ORG3	1	f
225	ORG4	2	f
225	ORG5	2	f
225	ORG_W	3	f
225	SUP1	2	f
225	SUP2	1	f
225	SUP3	2	f
225	SUP4	2	f
225	SUP5	2	f
225	SUP_W	2	f
225	OMG1	3	f
225	OMG2	\N	t
225	OMG3	2	f
225	OMG4	2	f
225	OMG5	\N	t
225	OMG_W	4	f
225	REF1	3	f
225	REF2	2	f
225	REF3	4	f
225	REF4	2	f
225	REF5	3	f
225	REF_W	4	f
226	CLI1	3	f
226	CLI2	1	f
226	CLI3	3	f
226	CLI4	\N	t
226	CLI5	2	f
226	CLI_W	4	f
226	COO1	2	f
226	COO2	2	f
226	COO3	1	f
226	COO4	2	f
226	COO5	3	f
226	COO_W	3	f
226	ORG1	2	f
226	ORG2	2	f
226	ORG3	2	f
226	ORG4	2	f
226	ORG5	2	f
226	ORG_W	3	f
226	SUP1	2	f
226	SUP2	1	f
226	SUP3	2	f
226	SUP4	2	f
226	SUP5	1	f
226	SUP_W	\N	t
226	OMG1	2	f
226	OMG2	1	f
226	OMG3	\N	t
226	OMG4	\N	t
226	OMG5	2	f
226	OMG_W	3	f
226	REF1	2	f
226	REF2	2	f
226	REF3	2	f
226	REF4	2	f
226	REF5	2	f
226	REF_W	4	f
227	CLI1	3	f
227	CLI2	3	f
227	CLI3	3	f
227	CLI4	2	f
227	CLI5	2	f
227	CLI_W	3	f
227	COO1	\N	f
227	COO2	1	f
227	COO3	1	f
227	COO4	1	f
227	COO5	\N	f
227	COO_W	2	f
227	ORG1	2	f
227	ORG2	2	f
227	ORG3	1	f
227	ORG4	\N	t
227	ORG5	2	f
227	ORG_W	2	f
227	SUP1	\N	t
227	SUP2	1	f
227	SUP3	2	f
227	SUP4	2	f
227	SUP5	1	f
227	SUP_W	2	f
227	OMG1	\N	t
227	OMG2	\N	t
227	OMG3	\N	t
227	OMG4	2	f
227	OMG5	2	f
227	OMG_W	2	f
227	REF1	4	f
227	REF2	3	f
227	REF3	2	f
227	REF4	2	f
227	REF5	1	f
227	REF_W	3	f
228	CLI1	3	f
228	CLI2	3	f
228	CLI3	\N	t
228	CLI4	4	f
228	CLI5	2	f
228	CLI_W	4	f
228	COO1	2	f
228	COO2	3	f
228	COO3	1	f
228	COO4	2	f
228	COO5	3	f
228	COO_W	3	f
228	ORG1	1	f
228	ORG2	2	f
228	ORG3	\N	t
228	ORG4	2	f
228	ORG5	2	f
228	ORG_W	2	f
228	SUP1	1	f
228	SUP2	2	f
228	SUP3	2	f
228	SUP4	1	f
228	SUP5	3	f
228	SUP_W	3	f
228	OMG1	2	f
228	OMG2	3	f
228	OMG3	3	f
228	OMG4	2	f
228	OMG5	3	f
228	OMG_W	3	f
228	REF1	3	f
228	REF2	4	f
228	REF3	3	f
228	REF4	4	f
228	REF5	3	f
228	REF_W	4	f
229	CLI1	3	f
229	CLI2	2	f
229	CLI3	1	f
229	CLI4	1	f
229	CLI5	2	f
229	CLI_W	\N	t
229	COO1	2	f
229	COO2	3	f
229	COO3	1	f
229	COO4	2	f
229	COO5	3	f
229	COO_W	3	f
229	ORG1	2	f
229	ORG2	2	f
229	ORG3	2	f
229	ORG4	1	f
229	ORG5	2	f
229	ORG_W	2	f
229	SUP1	\N	t
229	SUP2	3	f
229	SUP3	2	f
229	SUP4	\N	t
229	SUP5	2	f
229	SUP_W	3	f
229	OMG1	2	f
229	OMG2	\N	t
229	OMG3	2	f
229	OMG4	3	f
229	OMG5	2	f
229	OMG_W	4	f
229	REF1	1	f
229	REF2	2	f
229	REF3	3	f
229	REF4	\N	t
229	REF5	2	f
229	REF_W	3	f
230	CLI1	2	f
230	CLI2	2	f
230	CLI3	2	f
230	CLI4	2	f
230	CLI5	3	f
230	CLI_W	3	f
230	COO1	1	f
230	COO2	1	f
230	COO3	\N	t
230	COO4	1	f
230	COO5	1	f
230	COO_W	3	f
230	ORG1	2	f
230	ORG2	1	f
230	ORG3	2	f
230	ORG4	\N	t
230	ORG5	1	f
230	ORG_W	2	f
230	SUP1	1	f
230	SUP2	1	f
230	SUP3	\N	t
230	SUP4	1	f
230	SUP5	1	f
230	SUP_W	2	f
230	OMG1	\N	t
230	OMG2	\N	t
230	OMG3	1	f
230	OMG4	1	f
230	OMG5	1	f
230	OMG_W	2	f
230	REF1	2	f
230	REF2	2	f
230	REF3	2	f
230	REF4	3	f
230	REF5	1	f
230	REF_W	\N	t
231	CLI1	4	f
231	CLI2	3	f
231	CLI3	4	f
231	CLI4	2	f
231	CLI5	3	f
231	CLI_W	4	f
231	COO1	4	f
231	COO2	4	f
231	COO3	4	f
231	COO4	4	f
231	COO5	4	f
231	COO_W	4	f
231	ORG1	1	f
231	ORG2	2	f
231	ORG3	3	f
231	ORG4	2	f
231	ORG5	2	f
231	ORG_W	4	f
231	SUP1	3	f
231	SUP2	3	f
231	SUP3	2	f
231	SUP4	3	f
231	SUP5	3	f
231	SUP_W	4	f
231	OMG1	2	f
231	OMG2	2	f
231	OMG3	1	f
231	OMG4	2	f
231	OMG5	1	f
231	OMG_W	2	f
231	REF1	3	f
231	REF2	4	f
231	REF3	3	f
231	REF4	\N	t
231	REF5	4	f
231	REF_W	4	f
232	CLI1	4	f
232	CLI2	3	f
232	CLI3	4	f
232	CLI4	3	f
232	CLI5	3	f
232	CLI_W	4	f
232	COO1	4	f
232	COO2	4	f
232	COO3	4	f
232	COO4	3	f
232	COO5	4	f
232	COO_W	4	f
232	ORG1	3	f
232	ORG2	4	f
232	ORG3	3	f
232	ORG4	3	f
232	ORG5	3	f
232	ORG_W	4	f
232	SUP1	1	f
232	SUP2	3	f
232	SUP3	3	f
232	SUP4	2	f
232	SUP5	2	f
232	SUP_W	3	f
232	OMG1	2	f
232	OMG2	2	f
232	OMG3	2	f
232	OMG4	2	f
232	OMG5	2	f
232	OMG_W	4	f
232	REF1	2	f
232	REF2	2	f
232	REF3	3	f
232	REF4	3	f
232	REF5	2	f
232	REF_W	3	f
233	CLI1	\N	f
233	CLI2	3	f
233	CLI3	3	f
233	CLI4	1	f
233	CLI5	2	f
233	CLI_W	3	f
233	COO1	4	f
233	COO2	4	f
233	COO3	3	f
233	COO4	4	f
233	COO5	4	f
233	COO_W	4	f
233	ORG1	2	f
233	ORG2	3	f
233	ORG3	2	f
233	ORG4	2	f
233	ORG5	4	f
233	ORG_W	4	f
233	SUP1	4	f
233	SUP2	3	f
233	SUP3	2	f
233	SUP4	3	f
233	SUP5	4	f
233	SUP_W	4	f
233	OMG1	2	f
233	OMG2	3	f
233	OMG3	\N	t
233	OMG4	3	f
233	OMG5	2	f
233	OMG_W	3	f
233	REF1	2	f
233	REF2	2	f
233	REF3	3	f
233	REF4	3	f
233	REF5	2	f
233	REF_W	3	f
234	CLI1	4	f
234	CLI2	3	f
234	CLI3	3	f
234	CLI4	3	f
234	CLI5	3	f
234	CLI_W	4	f
234	COO1	4	f
234	COO2	4	f
234	COO3	3	f
234	COO4	4	f
234	COO5	4	f
234	COO_W	4	f
234	ORG1	2	f
234	ORG2	3	f
234	ORG3	2	f
234	ORG4	2	f
234	ORG5	2	f
234	ORG_W	4	f
234	SUP1	2	f
234	SUP2	3	f
234	SUP3	3	f
234	SUP4	3	f
234	SUP5	4	f
234	SUP_W	4	f
234	OMG1	2	f
234	OMG2	3	f
234	OMG3	2	f
234	OMG4	2	f
234	OMG5	\N	t
234	OMG_W	3	f
234	REF1	3	f
234	REF2	3	f
234	REF3	2	f
234	REF4	3	f
234	REF5	2	f
234	REF_W	3	f
235	CLI1	3	f
235	CLI2	3	f
235	CLI3	3	f
235	CLI4	3	f
235	CLI5	\N	t
235	CLI_W	4	f
235	COO1	1	f
235	COO2	1	f
235	COO3	1	f
235	COO4	1	f
235	COO5	2	f
235	COO_W	2	f
235	ORG1	2	f
235	ORG2	1	f
235	ORG3	2	f
235	ORG4	2	f
235	ORG5	2	f
235	ORG_W	3	f
235	SUP1	2	f
235	SUP2	2	f
235	SUP3	1	f
235	SUP4	2	f
235	SUP5	3	f
235	SUP_W	2	f
235	OMG1	3	f
235	OMG2	2	f
235	OMG3	2	f
235	OMG4	2	f
235	OMG5	3	f
235	OMG_W	3	f
235	REF1	3	f
235	REF2	3	f
235	REF3	3	f
235	REF4	4	f
235	REF5	3	f
235	REF_W	4	f
236	CLI1	\N	f
236	CLI2	3	f
236	CLI3	3	f
236	CLI4	3	f
236	CLI5	3	f
236	CLI_W	4	f
236	COO1	1	f
236	COO2	1	f
236	COO3	1	f
236	COO4	1	f
236	COO5	1	f
236	COO_W	2	f
236	ORG1	2	f
236	ORG2	1	f
236	ORG3	2	f
236	ORG4	1	f
236	ORG5	3	f
236	ORG_W	3	f
236	SUP1	4	f
236	SUP2	3	f
236	SUP3	4	f
236	SUP4	3	f
236	SUP5	3	f
236	SUP_W	4	f
236	OMG1	3	f
236	OMG2	2	f
236	OMG3	1	f
236	OMG4	1	f
236	OMG5	3	f
236	OMG_W	3	f
236	REF1	4	f
236	REF2	2	f
236	REF3	3	f
236	REF4	3	f
236	REF5	3	f
236	REF_W	4	f
237	CLI1	3	f
237	CLI2	3	f
237	CLI3	3	f
237	CLI4	2	f
237	CLI5	3	f
237	CLI_W	4	f
237	COO1	1	f
237	COO2	1	f
237	COO3	1	f
237	COO4	1	f
237	COO5	1	f
237	COO_W	2	f
237	ORG1	\N	f
237	ORG2	4	f
237	ORG3	3	f
237	ORG4	2	f
237	ORG5	3	f
237	ORG_W	4	f
237	SUP1	\N	t
237	SUP2	2	f
237	SUP3	3	f
237	SUP4	3	f
237	SUP5	1	f
237	SUP_W	4	f
237	OMG1	\N	t
237	OMG2	\N	t
237	OMG3	2	f
237	OMG4	3	f
237	OMG5	\N	t
237	OMG_W	4	f
237	REF1	3	f
237	REF2	3	f
237	REF3	3	f
237	REF4	\N	t
237	REF5	3	f
237	REF_W	4	f
238	CLI1	\N	t
238	CLI2	3	f
238	CLI3	2	f
238	CLI4	3	f
238	CLI5	3	f
238	CLI_W	4	f
238	COO1	\N	t
238	COO2	1	f
238	COO3	1	f
238	COO4	1	f
238	COO5	1	f
238	COO_W	2	f
238	ORG1	4	f
238	ORG2	3	f
238	ORG3	3	f
238	ORG4	3	f
238	ORG5	3	f
238	ORG_W	4	f
238	SUP1	2	f
238	SUP2	3	f
238	SUP3	3	f
238	SUP4	3	f
238	SUP5	2	f
238	SUP_W	3	f
238	OMG1	3	f
238	OMG2	2	f
238	OMG3	3	f
238	OMG4	2	f
238	OMG5	3	f
238	OMG_W	3	f
238	REF1	3	f
238	REF2	4	f
238	REF3	2	f
238	REF4	2	f
238	REF5	3	f
238	REF_W	4	f
239	CLI1	4	f
239	CLI2	3	f
239	CLI3	3	f
239	CLI4	2	f
239	CLI5	2	f
239	CLI_W	4	f
239	COO1	1	f
239	COO2	1	f
239	COO3	1	f
239	COO4	1	f
239	COO5	1	f
239	COO_W	2	f
239	ORG1	3	f
239	ORG2	2	f
239	ORG3	4	f
239	ORG4	3	f
239	ORG5	3	f
239	ORG_W	4	f
239	SUP1	3	f
239	SUP2	3	f
239	SUP3	3	f
239	SUP4	2	f
239	SUP5	3	f
239	SUP_W	4	f
239	OMG1	2	f
239	OMG2	3	f
239	OMG3	2	f
239	OMG4	2	f
239	OMG5	3	f
239	OMG_W	3	f
239	REF1	2	f
239	REF2	2	f
239	REF3	2	f
239	REF4	3	f
239	REF5	1	f
239	REF_W	4	f
240	CLI1	3	f
240	CLI2	3	f
240	CLI3	3	f
240	CLI4	2	f
240	CLI5	2	f
240	CLI_W	3	f
240	COO1	4	f
240	COO2	\N	t
240	COO3	3	f
240	COO4	3	f
240	COO5	4	f
240	COO_W	4	f
240	ORG1	2	f
240	ORG2	3	f
240	ORG3	\N	f
240	ORG4	2	f
240	ORG5	1	f
240	ORG_W	3	f
240	SUP1	2	f
240	SUP2	4	f
240	SUP3	3	f
240	SUP4	2	f
240	SUP5	3	f
240	SUP_W	4	f
240	OMG1	3	f
240	OMG2	2	f
240	OMG3	2	f
240	OMG4	2	f
240	OMG5	3	f
240	OMG_W	3	f
240	REF1	3	f
240	REF2	3	f
240	REF3	3	f
240	REF4	2	f
240	REF5	3	f
240	REF_W	4	f
241	CLI1	2	f
241	CLI2	2	f
241	CLI3	3	f
241	CLI4	2	f
241	CLI5	2	f
241	CLI_W	3	f
241	COO1	1	f
241	COO2	1	f
241	COO3	1	f
241	COO4	1	f
241	COO5	2	f
241	COO_W	2	f
241	ORG1	2	f
241	ORG2	1	f
241	ORG3	1	f
241	ORG4	1	f
241	ORG5	1	f
241	ORG_W	2	f
241	SUP1	1	f
241	SUP2	2	f
241	SUP3	2	f
241	SUP4	2	f
241	SUP5	2	f
241	SUP_W	2	f
241	OMG1	3	f
241	OMG2	2	f
241	OMG3	\N	t
241	OMG4	2	f
241	OMG5	2	f
241	OMG_W	3	f
241	REF1	2	f
241	REF2	2	f
241	REF3	2	f
241	REF4	2	f
241	REF5	2	f
241	REF_W	3	f
242	CLI1	2	f
242	CLI2	3	f
242	CLI3	2	f
242	CLI4	2	f
242	CLI5	1	f
242	CLI_W	3	f
242	COO1	1	f
242	COO2	1	f
242	COO3	1	f
242	COO4	1	f
242	COO5	2	f
242	COO_W	2	f
242	ORG1	2	f
242	ORG2	2	f
242	ORG3	3	f
242	ORG4	3	f
242	ORG5	2	f
242	ORG_W	3	f
242	SUP1	2	f
242	SUP2	3	f
242	SUP3	2	f
242	SUP4	2	f
242	SUP5	2	f
242	SUP_W	3	f
242	OMG1	1	f
242	OMG2	2	f
242	OMG3	1	f
242	OMG4	1	f
242	OMG5	2	f
242	OMG_W	3	f
242	REF1	2	f
242	REF2	2	f
242	REF3	2	f
242	REF4	3	f
242	REF5	3	f
242	REF_W	\N	t
243	CLI1	3	f
243	CLI2	2	f
243	CLI3	3	f
243	CLI4	2	f
243	CLI5	3	f
243	CLI_W	4	f
243	COO1	4	f
243	COO2	4	f
243	COO3	4	f
243	COO4	4	f
243	COO5	4	f
243	COO_W	4	f
243	ORG1	2	f
243	ORG2	3	f
243	ORG3	\N	t
243	ORG4	3	f
243	ORG5	2	f
243	ORG_W	4	f
243	SUP1	2	f
243	SUP2	2	f
243	SUP3	2	f
243	SUP4	4	f
243	SUP5	1	f
243	SUP_W	3	f
243	OMG1	2	f
243	OMG2	3	f
243	OMG3	\N	t
243	OMG4	1	f
243	OMG5	2	f
243	OMG_W	3	f
243	REF1	3	f
243	REF2	3	f
243	REF3	\N	t
243	REF4	2	f
243	REF5	\N	t
243	REF_W	4	f
244	CLI1	2	f
244	CLI2	\N	t
244	CLI3	2	f
244	CLI4	2	f
244	CLI5	3	f
244	CLI_W	3	f
244	COO1	4	f
244	COO2	4	f
244	COO3	3	f
244	COO4	4	f
244	COO5	4	f
244	COO_W	4	f
244	ORG1	2	f
244	ORG2	2	f
244	ORG3	2	f
244	ORG4	2	f
244	ORG5	2	f
244	ORG_W	3	f
244	SUP1	2	f
244	SUP2	3	f
244	SUP3	2	f
244	SUP4	2	f
244	SUP5	1	f
244	SUP_W	2	f
244	OMG1	2	f
244	OMG2	2	f
244	OMG3	\N	t
244	OMG4	1	f
244	OMG5	2	f
244	OMG_W	4	f
244	REF1	3	f
244	REF2	3	f
244	REF3	4	f
244	REF4	2	f
244	REF5	3	f
244	REF_W	4	f
245	CLI1	\N	t
245	CLI2	2	f
245	CLI3	3	f
245	CLI4	3	f
245	CLI5	3	f
245	CLI_W	3	f
245	COO1	4	f
245	COO2	4	f
245	COO3	3	f
245	COO4	4	f
245	COO5	4	f
245	COO_W	4	f
245	ORG1	3	f
245	ORG2	3	f
245	ORG3	2	f
245	ORG4	\N	t
245	ORG5	2	f
245	ORG_W	3	f
245	SUP1	1	f
245	SUP2	\N	t
245	SUP3	1	f
245	SUP4	3	f
245	SUP5	\N	t
245	SUP_W	3	f
245	OMG1	2	f
245	OMG2	2	f
245	OMG3	\N	t
245	OMG4	\N	t
245	OMG5	1	f
245	OMG_W	2	f
245	REF1	3	f
245	REF2	3	f
245	REF3	\N	t
245	REF4	4	f
245	REF5	3	f
245	REF_W	4	f
246	CLI1	3	f
246	CLI2	2	f
246	CLI3	3	f
246	CLI4	2	f
246	CLI5	2	f
246	CLI_W	4	f
246	COO1	1	f
246	COO2	1	f
246	COO3	1	f
246	COO4	1	f
246	COO5	1	f
246	COO_W	2	f
246	ORG1	3	f
246	ORG2	2	f
246	ORG3	3	f
246	ORG4	2	f
246	ORG5	2	f
246	ORG_W	3	f
246	SUP1	3	f
246	SUP2	2	f
246	SUP3	3	f
246	SUP4	\N	t
246	SUP5	3	f
246	SUP_W	4	f
246	OMG1	1	f
246	OMG2	2	f
246	OMG3	2	f
246	OMG4	2	f
246	OMG5	2	f
246	OMG_W	3	f
246	REF1	3	f
246	REF2	3	f
246	REF3	3	f
246	REF4	2	f
246	REF5	2	f
246	REF_W	4	f
247	CLI1	2	f
247	CLI2	3	f
247	CLI3	3	f
247	CLI4	2	f
247	CLI5	2	f
247	CLI_W	4	f
247	COO1	1	f
247	COO2	1	f
247	COO3	1	f
247	COO4	1	f
247	COO5	1	f
247	COO_W	\N	t
247	ORG1	2	f
247	ORG2	2	f
247	ORG3	2	f
247	ORG4	2	f
247	ORG5	1	f
247	ORG_W	3	f
247	SUP1	2	f
247	SUP2	1	f
247	SUP3	\N	f
247	SUP4	2	f
247	SUP5	2	f
247	SUP_W	3	f
247	OMG1	\N	t
247	OMG2	1	f
247	OMG3	1	f
247	OMG4	1	f
247	OMG5	1	f
247	OMG_W	3	f
247	REF1	4	f
247	REF2	2	f
247	REF3	4	f
247	REF4	4	f
247	REF5	2	f
247	REF_W	4	f
248	CLI1	3	f
248	CLI2	3	f
248	CLI3	2	f
248	CLI4	3	f
248	CLI5	4	f
248	CLI_W	4	f
248	COO1	4	f
248	COO2	4	f
248	COO3	3	f
248	COO4	4	f
248	COO5	4	f
248	COO_W	4	f
248	ORG1	3	f
248	ORG2	\N	t
248	ORG3	3	f
248	ORG4	2	f
248	ORG5	2	f
248	ORG_W	4	f
248	SUP1	2	f
248	SUP2	3	f
248	SUP3	2	f
248	SUP4	2	f
248	SUP5	1	f
248	SUP_W	3	f
248	OMG1	3	f
248	OMG2	3	f
248	OMG3	3	f
248	OMG4	2	f
248	OMG5	3	f
248	OMG_W	4	f
248	REF1	3	f
248	REF2	3	f
248	REF3	4	f
248	REF4	3	f
248	REF5	3	f
248	REF_W	4	f
249	CLI1	3	f
249	CLI2	3	f
249	CLI3	4	f
249	CLI4	\N	f
249	CLI5	3	f
249	CLI_W	4	f
249	COO1	1	f
249	COO2	1	f
249	COO3	1	f
249	COO4	1	f
249	COO5	1	f
249	COO_W	2	f
249	ORG1	2	f
249	ORG2	2	f
249	ORG3	2	f
249	ORG4	1	f
249	ORG5	2	f
249	ORG_W	3	f
249	SUP1	\N	t
249	SUP2	2	f
249	SUP3	2	f
249	SUP4	\N	t
249	SUP5	2	f
249	SUP_W	3	f
249	OMG1	3	f
249	OMG2	1	f
249	OMG3	\N	t
249	OMG4	1	f
249	OMG5	2	f
249	OMG_W	3	f
249	REF1	2	f
249	REF2	1	f
249	REF3	3	f
249	REF4	1	f
249	REF5	3	f
249	REF_W	4	f
250	CLI1	3	f
250	CLI2	2	f
250	CLI3	2	f
250	CLI4	2	f
250	CLI5	3	f
250	CLI_W	3	f
250	COO1	4	f
250	COO2	4	f
250	COO3	4	f
250	COO4	3	f
250	COO5	4	f
250	COO_W	4	f
250	ORG1	2	f
250	ORG2	3	f
250	ORG3	2	f
250	ORG4	2	f
250	ORG5	2	f
250	ORG_W	3	f
250	SUP1	2	f
250	SUP2	2	f
250	SUP3	2	f
250	SUP4	2	f
250	SUP5	1	f
250	SUP_W	2	f
250	OMG1	2	f
250	OMG2	2	f
250	OMG3	2	f
250	OMG4	2	f
250	OMG5	2	f
250	OMG_W	3	f
250	REF1	3	f
250	REF2	2	f
250	REF3	2	f
250	REF4	3	f
250	REF5	2	f
250	REF_W	4	f
251	CLI1	3	f
251	CLI2	2	f
251	CLI3	2	f
251	CLI4	3	f
251	CLI5	2	f
251	CLI_W	4	f
251	COO1	3	f
251	COO2	4	f
251	COO3	4	f
251	COO4	4	f
251	COO5	3	f
251	COO_W	4	f
251	ORG1	3	f
251	ORG2	2	f
251	ORG3	3	f
251	ORG4	3	f
251	ORG5	2	f
251	ORG_W	4	f
251	SUP1	2	f
251	SUP2	3	f
251	SUP3	2	f
251	SUP4	3	f
251	SUP5	3	f
251	SUP_W	2	f
251	OMG1	2	f
251	OMG2	3	f
251	OMG3	2	f
251	OMG4	1	f
251	OMG5	2	f
251	OMG_W	4	f
251	REF1	3	f
251	REF2	2	f
251	REF3	2	f
251	REF4	3	f
251	REF5	2	f
251	REF_W	\N	f
252	CLI1	3	f
252	CLI2	3	f
252	CLI3	2	f
252	CLI4	3	f
252	CLI5	3	f
252	CLI_W	3	f
252	COO1	4	f
252	COO2	4	f
252	COO3	4	f
252	COO4	4	f
252	COO5	4	f
252	COO_W	4	f
252	ORG1	1	f
252	ORG2	3	f
252	ORG3	1	f
252	ORG4	2	f
252	ORG5	3	f
252	ORG_W	3	f
252	SUP1	2	f
252	SUP2	3	f
252	SUP3	3	f
252	SUP4	1	f
252	SUP5	2	f
252	SUP_W	4	f
252	OMG1	2	f
252	OMG2	\N	t
252	OMG3	1	f
252	OMG4	1	f
252	OMG5	2	f
252	OMG_W	3	f
252	REF1	2	f
252	REF2	3	f
252	REF3	2	f
252	REF4	3	f
252	REF5	2	f
252	REF_W	3	f
253	CLI1	3	f
253	CLI2	2	f
253	CLI3	3	f
253	CLI4	3	f
253	CLI5	\N	t
253	CLI_W	4	f
253	COO1	1	f
253	COO2	1	f
253	COO3	1	f
253	COO4	1	f
253	COO5	1	f
253	COO_W	2	f
253	ORG1	2	f
253	ORG2	3	f
253	ORG3	3	f
253	ORG4	2	f
253	ORG5	2	f
253	ORG_W	4	f
253	SUP1	2	f
253	SUP2	3	f
253	SUP3	2	f
253	SUP4	2	f
253	SUP5	3	f
253	SUP_W	3	f
253	OMG1	\N	t
253	OMG2	3	f
253	OMG3	1	f
253	OMG4	1	f
253	OMG5	2	f
253	OMG_W	2	f
253	REF1	3	f
253	REF2	3	f
253	REF3	2	f
253	REF4	3	f
253	REF5	2	f
253	REF_W	4	f
254	CLI1	3	f
254	CLI2	3	f
254	CLI3	3	f
254	CLI4	2	f
254	CLI5	3	f
254	CLI_W	4	f
254	COO1	4	f
254	COO2	3	f
254	COO3	4	f
254	COO4	4	f
254	COO5	4	f
254	COO_W	4	f
254	ORG1	\N	f
254	ORG2	3	f
254	ORG3	2	f
254	ORG4	2	f
254	ORG5	2	f
254	ORG_W	3	f
254	SUP1	3	f
254	SUP2	4	f
254	SUP3	3	f
254	SUP4	3	f
254	SUP5	3	f
254	SUP_W	4	f
254	OMG1	3	f
254	OMG2	3	f
254	OMG3	3	f
254	OMG4	3	f
254	OMG5	3	f
254	OMG_W	4	f
254	REF1	2	f
254	REF2	3	f
254	REF3	3	f
254	REF4	2	f
254	REF5	3	f
254	REF_W	3	f
255	CLI1	2	f
255	CLI2	3	f
255	CLI3	3	f
255	CLI4	2	f
255	CLI5	3	f
255	CLI_W	4	f
255	COO1	4	f
255	COO2	4	f
255	COO3	4	f
255	COO4	\N	t
255	COO5	4	f
255	COO_W	4	f
255	ORG1	3	f
255	ORG2	2	f
255	ORG3	2	f
255	ORG4	3	f
255	ORG5	2	f
255	ORG_W	3	f
255	SUP1	3	f
255	SUP2	2	f
255	SUP3	3	f
255	SUP4	4	f
255	SUP5	2	f
255	SUP_W	4	f
255	OMG1	3	f
255	OMG2	4	f
255	OMG3	4	f
255	OMG4	2	f
255	OMG5	2	f
255	OMG_W	4	f
255	REF1	2	f
255	REF2	2	f
255	REF3	3	f
255	REF4	3	f
255	REF5	3	f
255	REF_W	\N	t
256	CLI1	3	f
256	CLI2	2	f
256	CLI3	3	f
256	CLI4	3	f
256	CLI5	2	f
256	CLI_W	3	f
256	COO1	4	f
256	COO2	4	f
256	COO3	4	f
256	COO4	4	f
256	COO5	4	f
256	COO_W	4	f
256	ORG1	3	f
256	ORG2	3	f
256	ORG3	4	f
256	ORG4	3	f
256	ORG5	3	f
256	ORG_W	4	f
256	SUP1	\N	t
256	SUP2	3	f
256	SUP3	3	f
256	SUP4	\N	t
256	SUP5	3	f
256	SUP_W	3	f
256	OMG1	2	f
256	OMG2	2	f
256	OMG3	1	f
256	OMG4	2	f
256	OMG5	2	f
256	OMG_W	3	f
256	REF1	3	f
256	REF2	3	f
256	REF3	2	f
256	REF4	3	f
256	REF5	2	f
256	REF_W	3	f
257	CLI1	\N	f
257	CLI2	2	f
257	CLI3	3	f
257	CLI4	2	f
257	CLI5	4	f
257	CLI_W	3	f
257	COO1	3	f
257	COO2	4	f
257	COO3	4	f
257	COO4	3	f
257	COO5	4	f
257	COO_W	4	f
257	ORG1	\N	t
257	ORG2	2	f
257	ORG3	1	f
257	ORG4	1	f
257	ORG5	1	f
257	ORG_W	2	f
257	SUP1	3	f
257	SUP2	3	f
257	SUP3	2	f
257	SUP4	3	f
257	SUP5	2	f
257	SUP_W	4	f
257	OMG1	3	f
257	OMG2	3	f
257	OMG3	\N	t
257	OMG4	1	f
257	OMG5	3	f
257	OMG_W	3	f
257	REF1	2	f
257	REF2	3	f
257	REF3	3	f
257	REF4	3	f
257	REF5	3	f
257	REF_W	3	f
258	CLI1	4	f
258	CLI2	4	f
258	CLI3	4	f
258	CLI4	3	f
258	CLI5	3	f
258	CLI_W	4	f
258	COO1	1	f
258	COO2	1	f
258	COO3	1	f
258	COO4	1	f
258	COO5	1	f
258	COO_W	2	f
258	ORG1	2	f
258	ORG2	\N	t
258	ORG3	2	f
258	ORG4	2	f
258	ORG5	2	f
258	ORG_W	3	f
258	SUP1	2	f
258	SUP2	3	f
258	SUP3	3	f
258	SUP4	3	f
258	SUP5	3	f
258	SUP_W	3	f
258	OMG1	\N	t
258	OMG2	2	f
258	OMG3	\N	t
258	OMG4	3	f
258	OMG5	3	f
258	OMG_W	2	f
258	REF1	3	f
258	REF2	4	f
258	REF3	3	f
258	REF4	3	f
258	REF5	3	f
258	REF_W	4	f
259	CLI1	3	f
259	CLI2	2	f
259	CLI3	3	f
259	CLI4	\N	f
259	CLI5	3	f
259	CLI_W	4	f
259	COO1	1	f
259	COO2	1	f
259	COO3	1	f
259	COO4	1	f
259	COO5	1	f
259	COO_W	2	f
259	ORG1	4	f
259	ORG2	3	f
259	ORG3	3	f
259	ORG4	3	f
259	ORG5	3	f
259	ORG_W	4	f
259	SUP1	2	f
259	SUP2	2	f
259	SUP3	2	f
259	SUP4	3	f
259	SUP5	3	f
259	SUP_W	3	f
259	OMG1	2	f
259	OMG2	2	f
259	OMG3	2	f
259	OMG4	2	f
259	OMG5	2	f
259	OMG_W	3	f
259	REF1	3	f
259	REF2	3	f
259	REF3	3	f
259	REF4	3	f
259	REF5	2	f
259	REF_W	4	f
260	CLI1	3	f
260	CLI2	3	f
260	CLI3	4	f
260	CLI4	2	f
260	CLI5	3	f
260	CLI_W	4	f
260	COO1	1	f
260	COO2	1	f
260	COO3	1	f
260	COO4	1	f
260	COO5	1	f
260	COO_W	2	f
260	ORG1	3	f
260	ORG2	3	f
260	ORG3	3	f
260	ORG4	2	f
260	ORG5	2	f
260	ORG_W	4	f
260	SUP1	2	f
260	SUP2	\N	t
260	SUP3	2	f
260	SUP4	3	f
260	SUP5	3	f
260	SUP_W	\N	f
260	OMG1	2	f
260	OMG2	2	f
260	OMG3	2	f
260	OMG4	2	f
260	OMG5	2	f
260	OMG_W	3	f
260	REF1	2	f
260	REF2	3	f
260	REF3	2	f
260	REF4	3	f
260	REF5	3	f
260	REF_W	3	f
261	CLI1	3	f
261	CLI2	3	f
261	CLI3	\N	t
261	CLI4	3	f
261	CLI5	3	f
261	CLI_W	4	f
261	COO1	1	f
261	COO2	2	f
261	COO3	1	f
261	COO4	1	f
261	COO5	1	f
261	COO_W	2	f
261	ORG1	2	f
261	ORG2	3	f
261	ORG3	3	f
261	ORG4	2	f
261	ORG5	2	f
261	ORG_W	3	f
261	SUP1	2	f
261	SUP2	3	f
261	SUP3	2	f
261	SUP4	3	f
261	SUP5	2	f
261	SUP_W	3	f
261	OMG1	1	f
261	OMG2	2	f
261	OMG3	1	f
261	OMG4	1	f
261	OMG5	2	f
261	OMG_W	2	f
261	REF1	3	f
261	REF2	2	f
261	REF3	2	f
261	REF4	3	f
261	REF5	1	f
261	REF_W	3	f
262	CLI6	1	f
262	CLI2	2	f
262	CLI7	3	f
262	CLI8	4	f
262	CLI9	\N	t
262	CLI_W2	3	f
262	COO6	2	f
262	COO2	\N	f
262	COO9	1	f
262	COO7	2	f
262	COO8	3	f
262	COO_W2	4	f
262	ORG1	\N	t
262	ORG8	3	f
262	ORG6	2	f
262	ORG7	\N	f
262	ORG9	1	f
262	ORG_W2	2	f
262	SUP6	3	f
262	SUP7	4	f
262	SUP8	\N	t
262	SUP9	3	f
262	SUP5	2	f
262	SUP_W2	\N	f
262	OMG6	1	f
262	OMG7	2	f
262	OMG8	3	f
262	OMG2	4	f
262	OMG3	\N	t
262	OMG9	3	f
262	OMG_W2	2	f
262	REF6	\N	f
262	REF7	1	f
262	REF8	2	f
262	REF3	3	f
262	REF9	4	f
262	REF5	\N	t
262	REF_W2	3	f
263	CLI6	2	f
263	CLI2	3	f
263	CLI7	4	f
263	CLI8	\N	t
263	CLI9	3	f
263	CLI_W2	2	f
263	COO6	\N	f
263	COO2	1	f
263	COO9	2	f
263	COO7	3	f
263	COO8	4	f
263	COO_W2	\N	t
263	ORG1	3	f
263	ORG8	2	f
263	ORG6	\N	f
263	ORG7	1	f
263	ORG9	2	f
263	ORG_W2	3	f
263	SUP6	4	f
263	SUP7	\N	t
263	SUP8	3	f
263	SUP9	2	f
263	SUP5	\N	f
263	SUP_W2	1	f
263	OMG6	2	f
263	OMG7	3	f
263	OMG8	4	f
263	OMG2	\N	t
263	OMG3	3	f
263	OMG9	2	f
263	OMG_W2	\N	f
263	REF6	1	f
263	REF7	2	f
263	REF8	3	f
263	REF3	4	f
263	REF9	\N	t
263	REF5	3	f
263	REF_W2	2	f
264	CLI6	3	f
264	CLI2	4	f
264	CLI7	\N	t
264	CLI8	3	f
264	CLI9	2	f
264	CLI_W2	\N	f
264	COO6	1	f
264	COO2	2	f
264	COO9	3	f
264	COO7	4	f
264	COO8	\N	t
264	COO_W2	3	f
264	ORG1	2	f
264	ORG8	\N	f
264	ORG6	1	f
264	ORG7	2	f
264	ORG9	3	f
264	ORG_W2	4	f
264	SUP6	\N	t
264	SUP7	3	f
264	SUP8	2	f
264	SUP9	\N	f
264	SUP5	1	f
264	SUP_W2	2	f
264	OMG6	3	f
264	OMG7	4	f
264	OMG8	\N	t
264	OMG2	3	f
264	OMG3	2	f
264	OMG9	\N	f
264	OMG_W2	1	f
264	REF6	2	f
264	REF7	3	f
264	REF8	4	f
264	REF3	\N	t
264	REF9	3	f
264	REF5	2	f
264	REF_W2	\N	f
265	CLI6	4	f
265	CLI2	\N	t
265	CLI7	3	f
265	CLI8	2	f
265	CLI9	\N	f
265	CLI_W2	1	f
265	COO6	2	f
265	COO2	3	f
265	COO9	4	f
265	COO7	\N	t
265	COO8	3	f
265	COO_W2	2	f
265	ORG1	\N	f
265	ORG8	1	f
265	ORG6	2	f
265	ORG7	3	f
265	ORG9	4	f
265	ORG_W2	\N	t
265	SUP6	3	f
265	SUP7	2	f
265	SUP8	\N	f
265	SUP9	1	f
265	SUP5	2	f
265	SUP_W2	3	f
265	OMG6	4	f
265	OMG7	\N	t
265	OMG8	3	f
265	OMG2	2	f
265	OMG3	\N	f
265	OMG9	1	f
265	OMG_W2	2	f
265	REF6	3	f
265	REF7	4	f
265	REF8	\N	t
265	REF3	3	f
265	REF9	2	f
265	REF5	\N	f
265	REF_W2	1	f
266	CLI6	\N	t
266	CLI2	3	f
266	CLI7	2	f
266	CLI8	\N	f
266	CLI9	1	f
266	CLI_W2	2	f
266	COO6	3	f
266	COO2	4	f
266	COO9	\N	t
266	COO7	3	f
266	COO8	2	f
266	COO_W2	\N	f
266	ORG1	1	f
266	ORG8	2	f
266	ORG6	3	f
266	ORG7	4	f
266	ORG9	\N	t
266	ORG_W2	3	f
266	SUP6	2	f
266	SUP7	\N	f
266	SUP8	1	f
266	SUP9	2	f
266	SUP5	3	f
266	SUP_W2	4	f
266	OMG6	\N	t
266	OMG7	3	f
266	OMG8	2	f
266	OMG2	\N	f
266	OMG3	1	f
266	OMG9	2	f
266	OMG_W2	3	f
266	REF6	4	f
266	REF7	\N	t
266	REF8	3	f
266	REF3	2	f
266	REF9	\N	f
266	REF5	1	f
266	REF_W2	2	f
267	CLI6	3	f
267	CLI2	2	f
267	CLI7	\N	f
267	CLI8	1	f
267	CLI9	2	f
267	CLI_W2	3	f
267	COO6	4	f
267	COO2	\N	t
267	COO9	3	f
267	COO7	2	f
267	COO8	\N	f
267	COO_W2	1	f
267	ORG1	2	f
267	ORG8	3	f
267	ORG6	4	f
267	ORG7	\N	t
267	ORG9	3	f
267	ORG_W2	2	f
267	SUP6	\N	f
267	SUP7	1	f
267	SUP8	2	f
267	SUP9	3	f
267	SUP5	4	f
267	SUP_W2	\N	t
267	OMG6	3	f
267	OMG7	2	f
267	OMG8	\N	f
267	OMG2	1	f
267	OMG3	2	f
267	OMG9	3	f
267	OMG_W2	4	f
267	REF6	\N	t
267	REF7	3	f
267	REF8	2	f
267	REF3	\N	f
267	REF9	1	f
267	REF5	2	f
267	REF_W2	3	f
\.


--
-- Data for Name: domain_notes; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.domain_notes (session_id, domain, notes, agreed_level, priority, updated_at) FROM stdin;
1	CLI	Geboorteplan wordt nog niet door iedereen gelezen; cliëntenraad vaker betrekken.	3	2	2026-12-02 04:58:02.934236+00
1	COO	Overdracht van eerste naar tweede lijn loopt 's nachts stroef.	2	1	2026-12-02 04:58:02.936659+00
1	ORG	Mandaat van het bestuur is onduidelijk voor de werkgroepen.	2	2	2026-12-02 04:58:02.937795+00
1	SUP	Eén gedeeld dossier kiezen; Perined-cijfers elk kwartaal bespreken.	2	1	2026-12-02 04:58:02.938818+00
1	OMG	Gesprek met de zorgverzekeraar over integrale bekostiging plannen.	2	3	2026-12-02 04:58:02.939714+00
1	REF	Vertrouwen is groot; visie opnieuw samen opschrijven.	3	3	2026-12-02 04:58:02.940566+00
\.


--
-- Data for Name: instruments; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.instruments (checksum, name, version, content, created_at) FROM stdin;
df37a1ea0a8bf687	integratiemeter	2026.2	# VSV-integratiemeter, vsvkit edition.\n# Items written fresh for vsvkit (the original wording is not public), following the\n# Rainbow Model of Integrated Care (Valentijn et al. 2013, 2015) as validated for Dutch\n# maternity care (Boesveld et al. 2017). Advisers may copy this file, change it and\n# pass it with --instrument.\nname: integratiemeter\nversion: "2026.2"\ntitle:\n  nl: VSV-integratiemeter\n  en: VSV integration meter\n\nscale:\n  - {value: 1, label: {nl: niet, en: not at all}}\n  - {value: 2, label: {nl: gedeeltelijk, en: partly}}\n  - {value: 3, label: {nl: grotendeels, en: largely}}\n  - {value: 4, label: {nl: volledig, en: fully}}\ndont_know:\n  label: {nl: weet niet / n.v.t., en: don't know / not applicable}\n  aliases: [weet niet, weetniet, "n.v.t.", nvt, n.v.t, weet niet / n.v.t., "weet niet/n.v.t.",\n            don't know, dont know, "don't know / not applicable", not applicable, n/a, na, dk, "?"]\n\n# Percent of maximum at which a level starts: below 25 apart, 25-50 afstemming,\n# 50-75 coördinatie, 75 and more volledig geïntegreerd.\nlevels:\n  - {level: 1, from: 0, label: {nl: apart, en: separate}}\n  - {level: 2, from: 25, label: {nl: afstemming, en: alignment}}\n  - {level: 3, from: 50, label: {nl: coördinatie, en: coordination}}\n  - {level: 4, from: 75, label: {nl: volledig geïntegreerd, en: fully integrated}}\n\nmin_group_size: 5\nmin_answered_share: 0.6\n# A profession or echelon gap of at least this many scale points is a discussion point.\ngap_threshold: 0.75\n# An item or domain is split (the room is divided into two camps) when at least pole_share of\n# the answers lies at each end of the scale. An answer is at an end when it lies within\n# pole_width of it: answer 1 or 4 for a statement, a respondent's domain score <= 1.5 or >= 3.5\n# for a domain. Optional: max_consensus, to call a consensus below it split too.\nsplit:\n  pole_share: 0.25\n  pole_width: 0.5\n\nroles:\n  - {code: VK, echelon: eerste_lijn, name: {nl: eerstelijns verloskundige, en: community midwife},\n     aliases: [verloskundige, eerstelijnsverloskundige, verloskundige eerste lijn, vk 1e lijn, midwife]}\n  - {code: HA, echelon: eerste_lijn, name: {nl: huisarts, en: general practitioner},\n     aliases: [verloskundig actief huisarts, gp, general practitioner, huisarts verloskunde]}\n  - {code: GYN, echelon: tweede_lijn, name: {nl: gynaecoloog, en: obstetrician-gynaecologist},\n     aliases: [gynaecologen, gynecoloog, gynaecologist, gynecologist, obstetrician, obstetrician gynaecologist, gynaecoloog in opleiding, aios gynaecologie]}\n  - {code: KV, echelon: tweede_lijn, name: {nl: klinisch verloskundige, en: clinical midwife},\n     aliases: [klinisch verloskundigen, klinische verloskundige, clinical midwives]}\n  - {code: OGV, echelon: tweede_lijn, name: {nl: O&G-verpleegkundige, en: obstetric nurse},\n     aliases: [og verpleegkundige, o&g verpleegkundige, obstetrisch verpleegkundige, verpleegkundige, obstetric nurse, nurse]}\n  - {code: KA, echelon: tweede_lijn, name: {nl: kinderarts, en: paediatrician},\n     aliases: [kinderartsen, pediatrician, paediatrician, kinderarts neonatoloog, neonatoloog]}\n  - {code: KZ, echelon: kraamzorg, name: {nl: kraamzorg, en: maternity home care},\n     aliases: [kraamverzorgende, kraamzorgorganisatie, kraamverzorgster, maternity care assistant, maternity home care]}\n  - {code: ECHO, echelon: eerste_lijn, name: {nl: echoscopist, en: sonographer},\n     aliases: [echoscopisten, sonographer, sonografist]}\n  - {code: MGT, echelon: overig, name: {nl: management / bestuur / coördinator, en: management / board / coordinator},\n     aliases: [management, bestuur, coördinator, coordinator, manager, bestuurder, vsv-coördinator, vsv coordinator, board]}\n  - {code: ZV, echelon: overig, name: {nl: zorgverzekeraar, en: health insurer},\n     aliases: [verzekeraar, insurer, health insurer]}\n  - {code: CLI, echelon: overig, name: {nl: cliëntvertegenwoordiger, en: client representative},\n     aliases: [clientvertegenwoordiger, cliënt, client, client representative, cliëntenraad]}\n  - {code: PH, echelon: overig, name: {nl: publieke gezondheid / JGZ / gemeente, en: public health / youth health / municipality},\n     aliases: [jgz, ggd, gemeente, publieke gezondheid, public health, municipality]}\n  - {code: AMB, echelon: overig, name: {nl: ambulancezorg, en: ambulance care},\n     aliases: [ambulance, ambulancedienst, ambulance care]}\n  - {code: OV, echelon: overig, name: {nl: overig, en: other},\n     aliases: [anders, other, overige]}\n\nechelons:\n  - {code: eerste_lijn, name: {nl: eerste lijn, en: primary care},\n     aliases: [1e lijn, eerstelijn, eerste-lijn, 1, primary care, first line]}\n  - {code: tweede_lijn, name: {nl: tweede lijn, en: hospital care},\n     aliases: [2e lijn, tweedelijn, tweede-lijn, 2, secondary care, second line, hospital care, ziekenhuis]}\n  - {code: kraamzorg, name: {nl: kraamzorg, en: maternity home care},\n     aliases: [kraam, maternity home care, maternity care]}\n  - {code: overig, name: {nl: overig, en: other},\n     aliases: [anders, other, overige]}\n\ndomains:\n  - code: CLI\n    name: {nl: De cliënte centraal, en: Client-centred care}\n    rainbow: person-focused care\n    items:\n      - code: CLI1\n        rainbow: person-focused care\n        text:\n          nl: In ons VSV sturen de wensen en behoeften van de zwangere de zorg die zij krijgt.\n          en: In our VSV, the pregnant woman's wishes and needs steer the care she receives.\n      - code: CLI2\n        rainbow: person-focused care\n        text:\n          nl: Zorgverleners in ons VSV nemen besluiten over de zorg samen met de cliënte (gedeelde besluitvorming).\n          en: Care providers in our VSV make decisions about care together with the client (shared decision-making).\n      - code: CLI3\n        rainbow: person-focused care\n        text:\n          nl: Eén geboorteplan van de cliënte wordt door alle disciplines gelezen en gebruikt.\n          en: One birth plan of the client is read and used by all disciplines.\n      - code: CLI4\n        rainbow: person-focused care\n        text:\n          nl: De cliënte krijgt van alle disciplines dezelfde voorlichting en adviezen.\n          en: The client receives the same information and advice from all disciplines.\n      - code: CLI5\n        rainbow: person-focused care\n        text:\n          nl: Ervaringen van cliënten worden verzameld en besproken om de zorg in het VSV te verbeteren.\n          en: Clients' experiences are collected and discussed to improve care in the VSV.\n    desired:\n      code: CLI_W\n      text:\n        nl: Hoe ver zou ons VSV over twee jaar moeten zijn met het centraal stellen van de cliënte?\n        en: How far should our VSV be in two years in putting the client at the centre?\n\n  - code: COO\n    name: {nl: Coördinatie van de zorg, en: Coordination of care}\n    rainbow: clinical integration\n    items:\n      - code: COO1\n        rainbow: clinical integration\n        text:\n          nl: Voor iedere zwangere is duidelijk welke zorgverlener de zorg coördineert.\n          en: For every pregnant woman it is clear which care provider coordinates her care.\n      - code: COO2\n        rainbow: clinical integration\n        text:\n          nl: De zorg loopt zonder onderbreking door tussen eerste lijn, tweede lijn en kraamzorg.\n          en: Care continues without interruption between primary care, hospital care and maternity home care.\n      - code: COO3\n        rainbow: clinical integration\n        text:\n          nl: Voor cliënten met een verhoogd risico is er een gezamenlijk, multidisciplinair zorgplan.\n          en: Clients at increased risk have a joint, multidisciplinary care plan.\n      - code: COO4\n        rainbow: professional integration\n        text:\n          nl: Wij werken volgens gezamenlijke protocollen en zorgpaden die alle disciplines onderschrijven.\n          en: We work to shared protocols and care pathways that all disciplines endorse.\n      - code: COO5\n        rainbow: clinical integration\n        text:\n          nl: Afspraken over overdracht tussen disciplines zijn helder en worden nageleefd.\n          en: Agreements on handover between disciplines are clear and are kept.\n    desired:\n      code: COO_W\n      text:\n        nl: Hoe ver zou ons VSV over twee jaar moeten zijn met de coördinatie van de zorg?\n        en: How far should our VSV be in two years in coordinating care?\n\n  - code: ORG\n    name: {nl: Organisatieniveau, en: Organisational level}\n    rainbow: organisational integration\n    items:\n      - code: ORG1\n        rainbow: organisational integration\n        text:\n          nl: Het VSV heeft een bestuur met een duidelijk mandaat om besluiten te nemen.\n          en: The VSV has a board with a clear mandate to take decisions.\n      - code: ORG2\n        rainbow: organisational integration\n        text:\n          nl: Het VSV werkt met een gezamenlijke visie op beleid en een jaarplan.\n          en: The VSV works with a shared policy vision and an annual plan.\n      - code: ORG3\n        rainbow: organisational integration\n        text:\n          nl: Verschillende belangen van de deelnemende organisaties worden open besproken en afgewogen.\n          en: The differing interests of the member organisations are discussed openly and weighed.\n      - code: ORG4\n        rainbow: professional integration\n        text:\n          nl: Het is duidelijk wie wanneer verantwoordelijk is voor de zorg aan een cliënte.\n          en: It is clear who is responsible for a client's care at which moment.\n      - code: ORG5\n        rainbow: organisational integration\n        text:\n          nl: Genomen besluiten in het VSV worden door alle organisaties ook uitgevoerd.\n          en: Decisions taken in the VSV are also carried out by all organisations.\n    desired:\n      code: ORG_W\n      text:\n        nl: Hoe ver zou ons VSV over twee jaar moeten zijn op organisatieniveau?\n        en: How far should our VSV be in two years at the organisational level?\n\n  - code: SUP\n    name: {nl: Ondersteuning, en: Support}\n    rainbow: functional integration\n    items:\n      - code: SUP1\n        rainbow: functional integration\n        text:\n          nl: Alle disciplines werken met een gedeeld dossier of wisselen gegevens digitaal uit (intake, geboorteplan, PWD).\n          en: All disciplines work with a shared record or exchange data digitally (intake, birth plan, perinatal record).\n      - code: SUP2\n        rainbow: functional integration\n        text:\n          nl: Uitkomsten van zorg (bijvoorbeeld Perined-cijfers) worden teruggekoppeld en samen besproken.\n          en: Outcomes of care (for example Perined figures) are fed back and discussed together.\n      - code: SUP3\n        rainbow: functional integration\n        text:\n          nl: Wij houden samen perinatale audits en casusbesprekingen.\n          en: We hold perinatal audits and case reviews together.\n      - code: SUP4\n        rainbow: functional integration\n        text:\n          nl: Scholing en trainingen organiseren wij gezamenlijk voor alle disciplines.\n          en: We organise education and training jointly for all disciplines.\n      - code: SUP5\n        rainbow: functional integration\n        text:\n          nl: Het VSV heeft gezamenlijke voorzieningen, zoals een secretariaat of een gezamenlijke website.\n          en: The VSV has shared facilities, such as a secretariat or a joint website.\n    desired:\n      code: SUP_W\n      text:\n        nl: Hoe ver zou ons VSV over twee jaar moeten zijn met gezamenlijke ondersteuning?\n        en: How far should our VSV be in two years in shared support?\n\n  - code: OMG\n    name: {nl: Omgeving, en: Environment}\n    rainbow: system integration\n    items:\n      - code: OMG1\n        rainbow: system integration\n        text:\n          nl: Onze werkwijze sluit aan op de zorgstandaard, het toetsingskader van de inspectie en het VSV-basiskader.\n          en: Our way of working fits the care standard, the inspectorate's framework and the VSV framework.\n      - code: OMG2\n        rainbow: system integration\n        text:\n          nl: Het VSV maakt als geheel afspraken met zorgverzekeraars.\n          en: The VSV as a whole makes agreements with health insurers.\n      - code: OMG3\n        rainbow: system integration\n        text:\n          nl: De financiering ondersteunt de samenwerking in het VSV (bijvoorbeeld integrale bekostiging).\n          en: Funding supports collaboration in the VSV (for example integrated funding).\n      - code: OMG4\n        rainbow: system integration\n        text:\n          nl: Het VSV werkt samen met gemeenten, JGZ en GGD rond kwetsbare zwangeren.\n          en: The VSV works with municipalities, youth health care and public health services on vulnerable pregnancies.\n      - code: OMG5\n        rainbow: system integration\n        text:\n          nl: Regionale en landelijke ontwikkelingen worden in het VSV tijdig besproken en vertaald naar afspraken.\n          en: Regional and national developments are discussed in the VSV in good time and turned into agreements.\n    desired:\n      code: OMG_W\n      text:\n        nl: Hoe ver zou ons VSV over twee jaar moeten zijn in de afstemming met de omgeving?\n        en: How far should our VSV be in two years in working with its environment?\n\n  - code: REF\n    name: {nl: Gemeenschappelijk referentiekader, en: Shared frame of reference}\n    rainbow: normative integration\n    items:\n      - code: REF1\n        rainbow: normative integration\n        text:\n          nl: Zorgverleners in ons VSV vertrouwen en respecteren elkaar.\n          en: Care providers in our VSV trust and respect each other.\n      - code: REF2\n        rainbow: normative integration\n        text:\n          nl: Wij delen een visie en missie op de geboortezorg in onze regio.\n          en: We share a vision and mission for maternity care in our region.\n      - code: REF3\n        rainbow: normative integration\n        text:\n          nl: Leden van het VSV komen gemaakte afspraken na.\n          en: Members of the VSV keep the agreements they have made.\n      - code: REF4\n        rainbow: normative integration\n        text:\n          nl: Er is leiderschap in het VSV dat de samenwerking vooruit helpt.\n          en: There is leadership in the VSV that moves the collaboration forward.\n      - code: REF5\n        rainbow: normative integration\n        text:\n          nl: De verschillen in cultuur tussen eerste en tweede lijn worden overbrugd.\n          en: The cultural differences between primary and hospital care are bridged.\n    desired:\n      code: REF_W\n      text:\n        nl: Hoe ver zou ons VSV over twee jaar moeten zijn met een gemeenschappelijk referentiekader?\n        en: How far should our VSV be in two years in a shared frame of reference?\n	2026-12-02 04:58:02.815205+00
c10d3c90e5a5152d	integratiemeter	2026.3	# VSV-integratiemeter, vsvkit edition.\n# Items written fresh for vsvkit (the original wording is not public), following the\n# Rainbow Model of Integrated Care (Valentijn et al. 2013, 2015) as validated for Dutch\n# maternity care (Boesveld et al. 2017). Advisers may copy this file, change it and\n# pass it with --instrument.\n#\n# 2026.3, reviewed: every statement asks one thing; no statement repeats another domain's;\n# the statements speak of the client from pregnancy through the kraamperiode. A statement\n# whose Dutch text changed got a new code: an answer to an old statement is never read as\n# an answer to a new one (sessions answered with 2026.2 are compared on the statements both\n# versions share). The desired-situation questions ask "in hoeverre", which the scale answers.\nname: integratiemeter\nversion: "2026.3"\ntitle:\n  nl: VSV-integratiemeter\n  en: VSV integration meter\n\n# Where the statements come from (printed in the report's method section).\norigin:\n  nl: >-\n    De stellingen zijn voor vsvkit geschreven op de dimensies van het Rainbow Model of\n    Integrated Care (Valentijn e.a., 2013), zoals dat model voor de Nederlandse geboortezorg\n    is gevalideerd (Boesveld e.a., 2017). Het is niet de oorspronkelijke tekst van de\n    VSV-integratiemeter; die is niet openbaar.\n  en: >-\n    The statements were written for vsvkit on the dimensions of the Rainbow Model of\n    Integrated Care (Valentijn et al., 2013), as that model was validated for Dutch maternity\n    care (Boesveld et al., 2017). They are not the original wording of the VSV integration\n    meter, which is not public.\n\n# What members read before the first statement: on the questionnaire pages, on paper and in\n# the report's method section. {k} is the smallest group the results show.\nintroduction:\n  purpose:\n    nl: >-\n      Met deze vragenlijst, de VSV-integratiemeter, geeft u aan hoe ver de samenwerking in ons\n      VSV volgens u nu is, op zes onderwerpen (domeinen). Het gaat om het VSV als geheel, niet\n      alleen om uw eigen praktijk of afdeling. In de bijeenkomst bespreken we de uitkomsten samen: waar we staan, waar we\n      verschillen en wat een volgende stap kan zijn. Er zijn geen goede of foute antwoorden;\n      het gaat om uw beeld.\n    en: >-\n      With this questionnaire, the VSV integration meter, you indicate how far, in your view,\n      the collaboration in our VSV (our local maternity care network) has come, on six topics\n      (domains). It is about the VSV as a whole, not only your own practice or department. At\n      the meeting we discuss the results together: where we stand, where we\n      differ and what a next step could be. There are no right or wrong answers; it is your\n      view that counts.\n  duration:\n    nl: Het invullen duurt ongeveer 10 tot 15 minuten.\n    en: It takes about 10 to 15 minutes to complete.\n  anonymity:\n    nl: >-\n      De vragenlijst is anoniem: we vragen niet naar uw naam of e-mailadres. Uw beroep vragen\n      we alleen om verschillen tussen beroepsgroepen te kunnen bespreken. Een groep van minder\n      dan {k} personen wordt nooit apart getoond, ook niet indirect, bijvoorbeeld door uitkomsten\n      van groepen van elkaar af te trekken. Opmerkingen worden zonder naam en in willekeurige volgorde\n      getoond; noem daarin zelf ook geen namen.\n    en: >-\n      The questionnaire is anonymous: we do not ask for your name or e-mail address. We ask\n      for your profession only to discuss differences between professional groups. A group of\n      fewer than {k} people is never shown separately, not even indirectly, for example by\n      subtracting one group's results from another's. Remarks are shown without names and in random\n      order; please do not name anyone in them either.\n  dont_know:\n    nl: >-\n      Weet u het antwoord niet, of past een stelling niet bij uw werk? Kies dan "weet niet /\n      n.v.t.". Dat telt niet mee in de score, maar we laten wel zien hoe vaak het is gekozen:\n      als veel leden iets niet weten, is dat ook een uitkomst.\n    en: >-\n      If you do not know the answer, or a statement does not apply to your work, choose\n      "don't know / not applicable". It does not count towards the score, but we do show how\n      often it was chosen: when many members do not know something, that is a finding too.\n  desired:\n    nl: >-\n      Aan het eind van elk domein vragen we hoe het volgens u over twee jaar zou moeten zijn.\n      U antwoordt op dezelfde schaal, van niet tot volledig.\n    en: >-\n      At the end of each domain we ask how, in your view, things should be two years from now.\n      You answer on the same scale, from not at all to fully.\n\n\nscale:\n  - {value: 1, label: {nl: niet, en: not at all}}\n  - {value: 2, label: {nl: gedeeltelijk, en: partly}}\n  - {value: 3, label: {nl: grotendeels, en: largely}}\n  - {value: 4, label: {nl: volledig, en: fully}}\ndont_know:\n  label: {nl: weet niet / n.v.t., en: don't know / not applicable}\n  aliases: [weet niet, weetniet, "n.v.t.", nvt, n.v.t, weet niet / n.v.t., "weet niet/n.v.t.",\n            don't know, dont know, "don't know / not applicable", not applicable, n/a, na, dk, "?"]\n\n# Percent of maximum at which a level starts: below 25 apart, 25-50 afstemming,\n# 50-75 coördinatie, 75 and more volledig geïntegreerd.\nlevels:\n  - {level: 1, from: 0, label: {nl: apart, en: separate}}\n  - {level: 2, from: 25, label: {nl: afstemming, en: alignment}}\n  - {level: 3, from: 50, label: {nl: coördinatie, en: coordination}}\n  - {level: 4, from: 75, label: {nl: volledig geïntegreerd, en: fully integrated}}\n\nmin_group_size: 5\nmin_answered_share: 0.6\n# A profession or echelon gap of at least this many scale points is a discussion point.\ngap_threshold: 0.75\n# An item or domain is split (the room is divided into two camps) when at least pole_share of\n# the answers lies at each end of the scale. An answer is at an end when it lies within\n# pole_width of it: answer 1 or 4 for a statement, a respondent's domain score <= 1.5 or >= 3.5\n# for a domain. Optional: max_consensus, to call a consensus below it split too.\nsplit:\n  pole_share: 0.25\n  pole_width: 0.5\n\nroles:\n  - {code: VK, echelon: eerste_lijn, name: {nl: eerstelijns verloskundige, en: community midwife},\n     aliases: [verloskundige, eerstelijnsverloskundige, verloskundige eerste lijn, vk 1e lijn, midwife]}\n  - {code: HA, echelon: eerste_lijn, name: {nl: huisarts, en: general practitioner},\n     aliases: [verloskundig actief huisarts, gp, general practitioner, huisarts verloskunde]}\n  - {code: GYN, echelon: tweede_lijn, name: {nl: gynaecoloog, en: obstetrician-gynaecologist},\n     aliases: [gynaecologen, gynecoloog, gynaecologist, gynecologist, obstetrician, obstetrician gynaecologist, gynaecoloog in opleiding, aios gynaecologie]}\n  - {code: KV, echelon: tweede_lijn, name: {nl: klinisch verloskundige, en: clinical midwife},\n     aliases: [klinisch verloskundigen, klinische verloskundige, clinical midwives]}\n  - {code: OGV, echelon: tweede_lijn, name: {nl: O&G-verpleegkundige, en: obstetric nurse},\n     aliases: [og verpleegkundige, o&g verpleegkundige, obstetrisch verpleegkundige, verpleegkundige, obstetric nurse, nurse]}\n  - {code: KA, echelon: tweede_lijn, name: {nl: kinderarts, en: paediatrician},\n     aliases: [kinderartsen, pediatrician, paediatrician, kinderarts neonatoloog, neonatoloog]}\n  - {code: KZ, echelon: kraamzorg, name: {nl: kraamzorg, en: maternity home care},\n     aliases: [kraamverzorgende, kraamzorgorganisatie, kraamverzorgster, maternity care assistant, maternity home care]}\n  - {code: ECHO, echelon: eerste_lijn, name: {nl: echoscopist, en: sonographer},\n     aliases: [echoscopisten, sonographer, sonografist]}\n  - {code: MGT, echelon: overig, name: {nl: management / bestuur / coördinator, en: management / board / coordinator},\n     aliases: [management, bestuur, coördinator, coordinator, manager, bestuurder, vsv-coördinator, vsv coordinator, board]}\n  - {code: ZV, echelon: overig, name: {nl: zorgverzekeraar, en: health insurer},\n     aliases: [verzekeraar, insurer, health insurer]}\n  - {code: CLI, echelon: overig, name: {nl: cliëntvertegenwoordiger, en: client representative},\n     aliases: [clientvertegenwoordiger, cliënt, client, client representative, cliëntenraad]}\n  - {code: PH, echelon: overig, name: {nl: publieke gezondheid / JGZ / gemeente, en: public health / youth health / municipality},\n     aliases: [jgz, ggd, gemeente, publieke gezondheid, public health, municipality]}\n  - {code: AMB, echelon: overig, name: {nl: ambulancezorg, en: ambulance care},\n     aliases: [ambulance, ambulancedienst, ambulance care]}\n  - {code: OV, echelon: overig, name: {nl: overig, en: other},\n     aliases: [anders, other, overige]}\n\nechelons:\n  - {code: eerste_lijn, name: {nl: eerste lijn, en: primary care},\n     aliases: [1e lijn, eerstelijn, eerste-lijn, 1, primary care, first line]}\n  - {code: tweede_lijn, name: {nl: tweede lijn, en: hospital care},\n     aliases: [2e lijn, tweedelijn, tweede-lijn, 2, secondary care, second line, hospital care, ziekenhuis]}\n  - {code: kraamzorg, name: {nl: kraamzorg, en: maternity home care},\n     aliases: [kraam, maternity home care, maternity care]}\n  - {code: overig, name: {nl: overig, en: other},\n     aliases: [anders, other, overige]}\n\ndomains:\n  - code: CLI\n    name: {nl: De cliënte centraal, en: Client-centred care}\n    intro:\n      nl: >-\n        Dit domein gaat over de cliënte, van zwangerschap tot en met kraamperiode: haar wensen,\n        samen beslissen, het geboorteplan, voorlichting en haar ervaringen.\n      en: >-\n        This domain is about the client, from pregnancy through the postnatal period: her\n        wishes, shared decisions, the birth plan, information and her experiences.\n    rainbow: person-focused care\n    items:\n      - code: CLI6\n        rainbow: person-focused care\n        text:\n          nl: In ons VSV is de zorg afgestemd op de wensen van de cliënte, van de zwangerschap tot en met de kraamperiode.\n          en: In our VSV, care is tailored to the client's wishes, from pregnancy through the postnatal period.\n      - code: CLI2\n        rainbow: person-focused care\n        text:\n          nl: Zorgverleners in ons VSV nemen besluiten over de zorg samen met de cliënte (gedeelde besluitvorming).\n          en: Care providers in our VSV make decisions about care together with the client (shared decision-making).\n      - code: CLI7\n        rainbow: person-focused care\n        text:\n          nl: Alle disciplines gebruiken het geboorteplan van de cliënte bij de zorg die zij geven.\n          en: All disciplines use the client's birth plan in the care they provide.\n      - code: CLI8\n        rainbow: person-focused care\n        text:\n          nl: De cliënte krijgt van alle disciplines eenduidige voorlichting.\n          en: The client receives consistent information from all disciplines.\n      - code: CLI9\n        rainbow: person-focused care\n        text:\n          nl: Het VSV gebruikt de ervaringen van cliënten om de zorg te verbeteren.\n          en: The VSV uses clients' experiences to improve care.\n    desired:\n      code: CLI_W2\n      text:\n        nl: In hoeverre zou de cliënte over twee jaar centraal moeten staan in de zorg binnen ons VSV?\n        en: To what extent should the client be at the centre of care in our VSV two years from now?\n\n  - code: COO\n    name: {nl: Coördinatie van de zorg, en: Coordination of care}\n    intro:\n      nl: >-\n        Dit domein gaat over de zorg rond de individuele cliënte: coördinatie, doorlopende zorg,\n        het zorgplan, protocollen en overdracht.\n      en: >-\n        This domain is about the care of the individual client: coordination, continuity, the\n        care plan, protocols and handover.\n    rainbow: clinical integration\n    items:\n      - code: COO6\n        rainbow: clinical integration\n        text:\n          nl: Voor iedere cliënte is één zorgverlener aangewezen die haar zorg coördineert.\n          en: Every client has one designated care provider who coordinates her care.\n      - code: COO2\n        rainbow: clinical integration\n        text:\n          nl: De zorg loopt zonder onderbreking door tussen eerste lijn, tweede lijn en kraamzorg.\n          en: Care continues without interruption between primary care, hospital care and maternity home care.\n      - code: COO9\n        rainbow: clinical integration\n        text:\n          nl: Voor iedere cliënte is er één zorgplan dat alle betrokken zorgverleners delen.\n          en: Every client has one care plan shared by all care providers involved.\n      - code: COO7\n        rainbow: professional integration\n        text:\n          nl: Het VSV heeft gezamenlijke protocollen die voor alle disciplines gelden.\n          en: The VSV has joint protocols that apply to all disciplines.\n      - code: COO8\n        rainbow: clinical integration\n        text:\n          nl: Er zijn heldere afspraken over de overdracht van een cliënte tussen disciplines.\n          en: There are clear agreements on handing a client over between disciplines.\n    desired:\n      code: COO_W2\n      text:\n        nl: In hoeverre zou de zorg rond de cliënte over twee jaar gecoördineerd moeten zijn?\n        en: To what extent should care around each client be coordinated two years from now?\n\n  - code: ORG\n    name: {nl: Organisatieniveau, en: Organisational level}\n    intro:\n      nl: >-\n        Dit domein gaat over het VSV als organisatie: bestuur, besluiten, plannen, belangen en\n        verantwoordelijkheden.\n      en: >-\n        This domain is about the VSV as an organisation: its board, decisions, plans, interests\n        and responsibilities.\n    rainbow: organisational integration\n    items:\n      - code: ORG1\n        rainbow: organisational integration\n        text:\n          nl: Het VSV heeft een bestuur met een duidelijk mandaat om besluiten te nemen.\n          en: The VSV has a board with a clear mandate to take decisions.\n      - code: ORG8\n        rainbow: organisational integration\n        text:\n          nl: De deelnemende organisaties hebben hun samenwerking in het VSV schriftelijk vastgelegd (bijvoorbeeld in een convenant).\n          en: The member organisations have laid down their collaboration in the VSV in writing (for example in a collaboration agreement).\n      - code: ORG6\n        rainbow: organisational integration\n        text:\n          nl: Het VSV werkt met een gezamenlijk jaarplan.\n          en: The VSV works to a joint annual plan.\n      - code: ORG7\n        rainbow: organisational integration\n        text:\n          nl: Tegengestelde belangen van de deelnemende organisaties worden in het VSV openlijk besproken.\n          en: Conflicting interests of the member organisations are discussed openly in the VSV.\n      - code: ORG9\n        rainbow: professional integration\n        text:\n          nl: In het VSV is afgesproken wie in welke situatie eindverantwoordelijk is voor de zorg.\n          en: The VSV has agreed who has final responsibility for care in which situation.\n    desired:\n      code: ORG_W2\n      text:\n        nl: In hoeverre zou het VSV over twee jaar gezamenlijk bestuurd moeten worden?\n        en: To what extent should the VSV be governed jointly two years from now?\n\n  - code: SUP\n    name: {nl: Ondersteuning, en: Support}\n    intro:\n      nl: >-\n        Dit domein gaat over wat de samenwerking ondersteunt: gegevens uitwisselen, uitkomsten\n        bespreken, audit, scholing en gezamenlijke voorzieningen.\n      en: >-\n        This domain is about what supports the collaboration: exchanging data, discussing\n        outcomes, audit, training and shared facilities.\n    rainbow: functional integration\n    items:\n      - code: SUP6\n        rainbow: functional integration\n        text:\n          nl: Alle disciplines wisselen de gegevens van een cliënte digitaal uit, zoals intake en geboorteplan (bijvoorbeeld volgens de PWD-standaard).\n          en: All disciplines exchange a client's data digitally, such as the intake and birth plan (for example using PWD, the Dutch information standard for maternity care).\n      - code: SUP7\n        rainbow: functional integration\n        text:\n          nl: Het VSV bespreekt de uitkomsten van de zorg, bijvoorbeeld de Perined-cijfers.\n          en: The VSV discusses its care outcomes, for example its Perined figures.\n      - code: SUP8\n        rainbow: functional integration\n        text:\n          nl: Alle disciplines nemen deel aan de perinatale audit.\n          en: All disciplines take part in the perinatal audit.\n      - code: SUP9\n        rainbow: functional integration\n        text:\n          nl: Het VSV organiseert gezamenlijke scholing voor alle disciplines.\n          en: The VSV organises joint training for all disciplines.\n      - code: SUP5\n        rainbow: functional integration\n        text:\n          nl: Het VSV heeft gezamenlijke voorzieningen, zoals een secretariaat of een gezamenlijke website.\n          en: The VSV has shared facilities, such as a secretariat or a joint website.\n    desired:\n      code: SUP_W2\n      text:\n        nl: In hoeverre zou de ondersteuning van de samenwerking over twee jaar gezamenlijk geregeld moeten zijn?\n        en: To what extent should the support for the collaboration be arranged jointly two years from now?\n\n  - code: OMG\n    name: {nl: Omgeving, en: Environment}\n    intro:\n      nl: >-\n        Dit domein gaat over de omgeving van het VSV: landelijke kaders, zorgverzekeraars,\n        financiering, gemeente en JGZ.\n      en: >-\n        This domain is about the VSV's environment: national frameworks, health insurers,\n        funding, the municipality and youth health care.\n    rainbow: system integration\n    items:\n      - code: OMG6\n        rainbow: system integration\n        text:\n          nl: De afspraken in ons VSV sluiten aan bij de Zorgstandaard Integrale Geboortezorg.\n          en: The agreements in our VSV are in line with the Zorgstandaard Integrale Geboortezorg (the Dutch care standard for integrated maternity care).\n      - code: OMG7\n        rainbow: system integration\n        text:\n          nl: Het VSV heeft zijn taken ingericht volgens het VSV-basiskader.\n          en: The VSV has organised its tasks according to the VSV-basiskader (the national framework for VSVs).\n      - code: OMG8\n        rainbow: system integration\n        text:\n          nl: Het VSV toetst de eigen werkwijze aan het toetsingskader Integrale Geboortezorg van de inspectie (IGJ).\n          en: The VSV checks its way of working against the assessment framework for integrated maternity care of the Health and Youth Care Inspectorate (IGJ).\n      - code: OMG2\n        rainbow: system integration\n        text:\n          nl: Het VSV maakt als geheel afspraken met zorgverzekeraars.\n          en: The VSV as a whole makes agreements with health insurers.\n      - code: OMG3\n        rainbow: system integration\n        text:\n          nl: De financiering ondersteunt de samenwerking in het VSV (bijvoorbeeld integrale bekostiging).\n          en: The way care is funded supports collaboration in the VSV (for example bundled payment, "integrale bekostiging").\n      - code: OMG9\n        rainbow: system integration\n        text:\n          nl: Het VSV werkt samen met gemeente, wijkteam en JGZ rond (aanstaande) ouders in een kwetsbare situatie (bijvoorbeeld in Kansrijke Start).\n          en: The VSV works with the municipality, neighbourhood team and youth health care for (expectant) parents in vulnerable situations (for example in Kansrijke Start).\n    desired:\n      code: OMG_W2\n      text:\n        nl: In hoeverre zou het VSV over twee jaar als geheel moeten samenwerken met partijen buiten het VSV?\n        en: To what extent should the VSV as a whole work with parties outside it two years from now?\n\n  - code: REF\n    name: {nl: Gemeenschappelijk referentiekader, en: Shared frame of reference}\n    intro:\n      nl: >-\n        Dit domein gaat over de basis van de samenwerking: vertrouwen, respect, een gedeelde\n        visie, afspraken nakomen en elkaars cultuur begrijpen.\n      en: >-\n        This domain is about the foundation of the collaboration: trust, respect, a shared\n        vision, keeping agreements and understanding each other's culture.\n    rainbow: normative integration\n    items:\n      - code: REF6\n        rainbow: normative integration\n        text:\n          nl: Zorgverleners in ons VSV vertrouwen elkaar.\n          en: Care providers in our VSV trust each other.\n      - code: REF7\n        rainbow: normative integration\n        text:\n          nl: Zorgverleners in ons VSV hebben respect voor elkaars vakmanschap.\n          en: Care providers in our VSV respect each other's professional expertise.\n      - code: REF8\n        rainbow: normative integration\n        text:\n          nl: Wij hebben in ons VSV een gedeelde visie op de geboortezorg in onze regio.\n          en: In our VSV we share a vision of maternity care in our region.\n      - code: REF3\n        rainbow: normative integration\n        text:\n          nl: Leden van het VSV komen gemaakte afspraken na.\n          en: Members of the VSV keep the agreements they have made.\n      - code: REF9\n        rainbow: normative integration\n        text:\n          nl: Het VSV heeft trekkers die de samenwerking vooruithelpen.\n          en: The VSV has people who drive the collaboration forward.\n      - code: REF5\n        rainbow: normative integration\n        text:\n          nl: De verschillen in cultuur tussen eerste en tweede lijn worden overbrugd.\n          en: The cultural differences between primary and hospital care are bridged.\n    desired:\n      code: REF_W2\n      text:\n        nl: In hoeverre zouden de leden van ons VSV over twee jaar een gedeelde basis voor samenwerking moeten hebben (vertrouwen, respect, visie)?\n        en: To what extent should the members of our VSV have a shared basis for collaboration (trust, respect, vision) two years from now?\n	2026-12-02 04:58:03.0241+00
\.


--
-- Data for Name: invitation_codes; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.invitation_codes (digest, session_id, used) FROM stdin;
66303d0538c3e4d62e299d4663dc71144f098bc1b730cbdf2133d95bb08a8816	7	f
9789e68fe2af665f18055612e4d97d8ef9b2b8530221bf1fe8d6929ced4ad946	7	f
b36126b34d9f66648bf13f191b9248fbf95c89e116a129e76cbe28086c493fa3	7	t
16333c829a2a071083fa87a6e2864c8ea6ffc327e9522de1338813b8a1c954b0	7	t
dc31c4c4a2c0df3dbfc592ba91c9484b068b73a26b7cef9372e1744c7c9d287d	7	t
7de589f1969f61668040294f576faf71cf98c717406813165efe9f55436477ea	7	t
a8ad70c86aa70c20fbed67ac2af6c801064dd6cf0daa07a9f9c65762bcb75f74	7	t
a1865f3bdfc52a62b6b8c80f00b299f5ca525d2b2ea48acf02483b3783782e0b	7	t
\.


--
-- Data for Name: poll_rounds; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.poll_rounds (id, session_id, code, kind, target, opened_on, closed_on, revealed, by_profession, counts) FROM stdin;
2	1	2NRTS	item	OMG2	2026-12-02	2026-12-02	f	f	{"all": {"1": 1, "3": 1, "dont_know": 1}, "profession": {}}
3	1	BH9FK	overview		2026-12-02	2026-12-02	f	f	{"all": {"2": 5, "3": 7}, "profession": {}}
1	1	YJT6J	domain	COO	2026-12-02	2026-12-02	t	f	{"all": {"2": 4, "3": 9, "4": 1}, "profession": {}}
4	1	5CGCP	domain	SUP	2026-10-07	\N	f	t	{"all": {}, "profession": {}}
\.


--
-- Data for Name: poll_votes; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.poll_votes (round_id, voter, answer, profession) FROM stdin;
1	phone-1-0	\N	\N
1	phone-1-1	\N	\N
1	phone-1-10	\N	\N
1	phone-1-11	\N	\N
1	phone-1-12	\N	\N
1	phone-1-13	\N	\N
1	phone-1-2	\N	\N
1	phone-1-3	\N	\N
1	phone-1-4	\N	\N
1	phone-1-5	\N	\N
1	phone-1-6	\N	\N
1	phone-1-7	\N	\N
1	phone-1-8	\N	\N
1	phone-1-9	\N	\N
2	phone-2-0	\N	\N
2	phone-2-1	\N	\N
2	phone-2-2	\N	\N
3	phone-3-0	\N	\N
3	phone-3-1	\N	\N
3	phone-3-10	\N	\N
3	phone-3-11	\N	\N
3	phone-3-2	\N	\N
3	phone-3-3	\N	\N
3	phone-3-4	\N	\N
3	phone-3-5	\N	\N
3	phone-3-6	\N	\N
3	phone-3-7	\N	\N
3	phone-3-8	\N	\N
3	phone-3-9	\N	\N
4	phone-open-0	2	VK
4	phone-open-1	3	VK
4	phone-open-2	2	KZ
4	phone-open-3	1	HA
\.


--
-- Data for Name: remarks; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.remarks (id, session_id, domain, text) FROM stdin;
1	1	CLI	Cliënten krijgen soms tegenstrijdige adviezen van verloskundige en gynaecoloog.
2	1	CLI	De wensen van de cliënte staan bij ons echt voorop; dat mag gezegd worden.
3	1	CLI	Er is een cliëntenpanel, maar niet iedereen weet wat daaruit komt.
4	1	CLI	Gedeelde besluitvorming gaat goed bij de baring, minder bij de controles.
5	1	CLI	Meer aandacht nodig voor zwangeren die de taal niet goed spreken.
6	1	CLI	Voorlichting over pijnbestrijding verschilt per praktijk.
7	1	CLI	We vragen wel naar ervaringen van cliënten, maar doen er weinig mee.
8	1	COO	Bij overdracht in de nacht gaat er nog informatie verloren.
9	1	COO	Bij spoed werken we goed samen, bij de gewone zorg minder.
10	1	COO	De overdracht naar de kraamzorg is de afgelopen tijd duidelijk beter geworden.
11	1	COO	Kraamzorg hoort vaak te laat dat een cliënte naar huis gaat.
12	1	COO	Multidisciplinair zorgplan bestaat alleen op papier.
13	1	COO	Niet altijd duidelijk wie de regie heeft als een cliënte terugverwezen wordt.
14	1	COO	Protocollen worden door de tweede lijn geschreven en daarna aan ons voorgelegd.
15	1	ORG	Besluiten worden genomen, maar niet iedereen voert ze uit.
16	1	ORG	De belangen van het ziekenhuis wegen zwaarder dan die van de praktijken.
17	1	ORG	Er is een jaarplan, maar ik heb het nooit gezien.
18	1	ORG	Goed dat er nu een VSV-coördinator is.
19	1	ORG	Het bestuur heeft te weinig mandaat; besluiten worden in de achterban opnieuw besproken.
20	1	ORG	Het is niet duidelijk wie namens de kraamzorg mag besluiten.
21	1	ORG	Vergaderingen zijn op tijden waarop de eerste lijn lastig kan.
22	1	SUP	Er is geen gezamenlijke website; cliënten zoeken informatie per praktijk.
23	1	SUP	Gezamenlijke scholing zou vaker mogen, bijvoorbeeld skills-trainingen.
24	1	SUP	Het secretariaat van het VSV draait op vrijwilligers.
25	1	OMG	Als kraamzorg weten wij weinig van de financiering van het VSV.
26	1	OMG	De JGZ zou eerder betrokken moeten worden.
27	1	OMG	Geen idee hoe de afspraken met de zorgverzekeraar lopen.
28	1	OMG	Het nieuwe basiskader geeft houvast.
29	1	OMG	Integrale bekostiging is besproken, maar er is geen besluit genomen.
30	1	OMG	Landelijke ontwikkelingen horen we vooral via de beroepsvereniging.
31	1	OMG	Samenwerking met de gemeente rond kwetsbare zwangeren komt net op gang.
32	1	REF	Afspraken worden niet door iedereen nagekomen.
33	1	REF	De cultuurverschillen tussen eerste en tweede lijn zijn nog goed te merken.
34	1	REF	Een gedeelde visie is er, maar die leeft niet bij iedereen.
35	1	REF	Er is een trekker nodig die de samenwerking vooruit helpt.
36	1	REF	Er is veel onderling vertrouwen, dat is onze kracht.
37	1	REF	Respect voor elkaars vak is de laatste jaren gegroeid.
38	1	REF	We kennen elkaar goed, ook buiten het werk om.
39	2	CLI	Cliënten krijgen soms tegenstrijdige adviezen van verloskundige en gynaecoloog.
40	2	CLI	De wensen van de cliënte staan bij ons echt voorop; dat mag gezegd worden.
41	2	CLI	Er is een cliëntenpanel, maar niet iedereen weet wat daaruit komt.
42	2	CLI	Gedeelde besluitvorming gaat goed bij de baring, minder bij de controles.
43	2	CLI	Het geboorteplan wordt in het ziekenhuis niet altijd gelezen.
44	2	CLI	Meer aandacht nodig voor zwangeren die de taal niet goed spreken.
45	2	CLI	Voorlichting over pijnbestrijding verschilt per praktijk.
46	2	CLI	We vragen wel naar ervaringen van cliënten, maar doen er weinig mee.
47	2	COO	Bij overdracht in de nacht gaat er nog informatie verloren.
48	2	COO	De zorgpaden zijn er, maar worden in de praktijk verschillend gebruikt.
49	2	COO	Kraamzorg hoort vaak te laat dat een cliënte naar huis gaat.
50	2	COO	Multidisciplinair zorgplan bestaat alleen op papier.
51	2	ORG	Besluiten worden genomen, maar niet iedereen voert ze uit.
52	2	ORG	De belangen van het ziekenhuis wegen zwaarder dan die van de praktijken.
53	2	ORG	Er is een jaarplan, maar ik heb het nooit gezien.
54	2	ORG	Goed dat er nu een VSV-coördinator is.
55	2	ORG	Het bestuur heeft te weinig mandaat; besluiten worden in de achterban opnieuw besproken.
56	2	ORG	Het is niet duidelijk wie namens de kraamzorg mag besluiten.
57	2	ORG	Vergaderingen zijn op tijden waarop de eerste lijn lastig kan.
58	2	SUP	Casusbesprekingen zijn leerzaam en veilig.
59	2	SUP	De perinatale audit is waardevol, maar de opkomst van de eerste lijn is laag.
60	2	SUP	De perinatale audit is waardevol, maar de opkomst van de eerste lijn is laag.
61	2	SUP	Er is geen gezamenlijke website; cliënten zoeken informatie per praktijk.
62	2	SUP	Gezamenlijke scholing zou vaker mogen, bijvoorbeeld skills-trainingen.
63	2	SUP	Gezamenlijke scholing zou vaker mogen, bijvoorbeeld skills-trainingen.
64	2	SUP	Het gedeelde dossier is aangekondigd, maar nog niet ingevoerd.
65	2	SUP	Het secretariaat van het VSV draait op vrijwilligers.
66	2	SUP	Perined-cijfers worden eens per jaar gepresenteerd, maar niet echt besproken.
67	2	SUP	We werken nog steeds met verschillende systemen; gegevens worden overgetypt.
68	2	OMG	Als kraamzorg weten wij weinig van de financiering van het VSV.
69	2	OMG	Geen idee hoe de afspraken met de zorgverzekeraar lopen.
70	2	OMG	Het nieuwe basiskader geeft houvast.
71	2	OMG	Integrale bekostiging is besproken, maar er is geen besluit genomen.
72	2	OMG	Landelijke ontwikkelingen horen we vooral via de beroepsvereniging.
73	2	REF	Afspraken worden niet door iedereen nagekomen.
74	2	REF	De cultuurverschillen tussen eerste en tweede lijn zijn nog goed te merken.
75	2	REF	Een gedeelde visie is er, maar die leeft niet bij iedereen.
76	2	REF	Er is veel onderling vertrouwen, dat is onze kracht.
77	2	REF	Respect voor elkaars vak is de laatste jaren gegroeid.
78	3	CLI	Cliënten krijgen soms tegenstrijdige adviezen van verloskundige en gynaecoloog.
79	3	CLI	De wensen van de cliënte staan bij ons echt voorop; dat mag gezegd worden.
80	3	CLI	Er is een cliëntenpanel, maar niet iedereen weet wat daaruit komt.
81	3	CLI	Gedeelde besluitvorming gaat goed bij de baring, minder bij de controles.
82	3	CLI	Het geboorteplan wordt in het ziekenhuis niet altijd gelezen.
83	3	CLI	Het geboorteplan wordt in het ziekenhuis niet altijd gelezen.
84	3	CLI	Het geboorteplan wordt in het ziekenhuis niet altijd gelezen.
85	3	CLI	Meer aandacht nodig voor zwangeren die de taal niet goed spreken.
86	3	CLI	Voorlichting over pijnbestrijding verschilt per praktijk.
87	3	CLI	Voorlichting over pijnbestrijding verschilt per praktijk.
88	3	CLI	We vragen wel naar ervaringen van cliënten, maar doen er weinig mee.
89	3	CLI	We vragen wel naar ervaringen van cliënten, maar doen er weinig mee.
90	3	COO	Bij overdracht in de nacht gaat er nog informatie verloren.
91	3	COO	Bij overdracht in de nacht gaat er nog informatie verloren.
92	3	COO	Bij spoed werken we goed samen, bij de gewone zorg minder.
93	3	COO	Bij spoed werken we goed samen, bij de gewone zorg minder.
94	3	COO	De overdracht naar de kraamzorg is de afgelopen tijd duidelijk beter geworden.
95	3	COO	De zorgpaden zijn er, maar worden in de praktijk verschillend gebruikt.
96	3	COO	De zorgpaden zijn er, maar worden in de praktijk verschillend gebruikt.
97	3	COO	Kraamzorg hoort vaak te laat dat een cliënte naar huis gaat.
98	3	COO	Kraamzorg hoort vaak te laat dat een cliënte naar huis gaat.
99	3	COO	Kraamzorg hoort vaak te laat dat een cliënte naar huis gaat.
100	3	COO	Multidisciplinair zorgplan bestaat alleen op papier.
101	3	COO	Niet altijd duidelijk wie de regie heeft als een cliënte terugverwezen wordt.
102	3	COO	Niet altijd duidelijk wie de regie heeft als een cliënte terugverwezen wordt.
103	3	COO	Niet altijd duidelijk wie de regie heeft als een cliënte terugverwezen wordt.
104	3	COO	Protocollen worden door de tweede lijn geschreven en daarna aan ons voorgelegd.
105	3	ORG	De belangen van het ziekenhuis wegen zwaarder dan die van de praktijken.
106	3	ORG	Goed dat er nu een VSV-coördinator is.
107	3	ORG	Het bestuur heeft te weinig mandaat; besluiten worden in de achterban opnieuw besproken.
108	3	ORG	Het is niet duidelijk wie namens de kraamzorg mag besluiten.
109	3	ORG	Vergaderingen zijn op tijden waarop de eerste lijn lastig kan.
110	3	SUP	Casusbesprekingen zijn leerzaam en veilig.
111	3	SUP	De perinatale audit is waardevol, maar de opkomst van de eerste lijn is laag.
112	3	SUP	Er is geen gezamenlijke website; cliënten zoeken informatie per praktijk.
113	3	SUP	Gezamenlijke scholing zou vaker mogen, bijvoorbeeld skills-trainingen.
114	3	SUP	Het gedeelde dossier is aangekondigd, maar nog niet ingevoerd.
115	3	SUP	Het secretariaat van het VSV draait op vrijwilligers.
116	3	SUP	Perined-cijfers worden eens per jaar gepresenteerd, maar niet echt besproken.
117	3	SUP	We werken nog steeds met verschillende systemen; gegevens worden overgetypt.
118	3	OMG	Als kraamzorg weten wij weinig van de financiering van het VSV.
119	3	OMG	De JGZ zou eerder betrokken moeten worden.
120	3	OMG	Geen idee hoe de afspraken met de zorgverzekeraar lopen.
121	3	OMG	Geen idee hoe de afspraken met de zorgverzekeraar lopen.
122	3	OMG	Geen idee hoe de afspraken met de zorgverzekeraar lopen.
123	3	OMG	Het nieuwe basiskader geeft houvast.
124	3	OMG	Het nieuwe basiskader geeft houvast.
125	3	OMG	Integrale bekostiging is besproken, maar er is geen besluit genomen.
126	3	OMG	Integrale bekostiging is besproken, maar er is geen besluit genomen.
127	3	OMG	Integrale bekostiging is besproken, maar er is geen besluit genomen.
128	3	OMG	Landelijke ontwikkelingen horen we vooral via de beroepsvereniging.
129	3	OMG	Samenwerking met de gemeente rond kwetsbare zwangeren komt net op gang.
130	3	OMG	Samenwerking met de gemeente rond kwetsbare zwangeren komt net op gang.
131	3	REF	Afspraken worden niet door iedereen nagekomen.
132	3	REF	De cultuurverschillen tussen eerste en tweede lijn zijn nog goed te merken.
133	3	REF	De cultuurverschillen tussen eerste en tweede lijn zijn nog goed te merken.
134	3	REF	Een gedeelde visie is er, maar die leeft niet bij iedereen.
135	3	REF	Er is een trekker nodig die de samenwerking vooruit helpt.
136	3	REF	Er is een trekker nodig die de samenwerking vooruit helpt.
137	3	REF	Er is een trekker nodig die de samenwerking vooruit helpt.
138	3	REF	Er is veel onderling vertrouwen, dat is onze kracht.
139	3	REF	Respect voor elkaars vak is de laatste jaren gegroeid.
140	3	REF	We kennen elkaar goed, ook buiten het werk om.
141	4	CLI	Cliënten krijgen soms tegenstrijdige adviezen van verloskundige en gynaecoloog.
142	4	CLI	De wensen van de cliënte staan bij ons echt voorop; dat mag gezegd worden.
143	4	CLI	Er is een cliëntenpanel, maar niet iedereen weet wat daaruit komt.
144	4	CLI	Gedeelde besluitvorming gaat goed bij de baring, minder bij de controles.
145	4	CLI	Gedeelde besluitvorming gaat goed bij de baring, minder bij de controles.
146	4	CLI	Het geboorteplan wordt in het ziekenhuis niet altijd gelezen.
147	4	CLI	Het geboorteplan wordt in het ziekenhuis niet altijd gelezen.
148	4	CLI	Meer aandacht nodig voor zwangeren die de taal niet goed spreken.
149	4	CLI	Voorlichting over pijnbestrijding verschilt per praktijk.
150	4	CLI	We vragen wel naar ervaringen van cliënten, maar doen er weinig mee.
151	4	COO	Bij overdracht in de nacht gaat er nog informatie verloren.
152	4	COO	Bij overdracht in de nacht gaat er nog informatie verloren.
153	4	COO	Bij spoed werken we goed samen, bij de gewone zorg minder.
154	4	COO	Bij spoed werken we goed samen, bij de gewone zorg minder.
155	4	COO	Bij spoed werken we goed samen, bij de gewone zorg minder.
156	4	COO	De overdracht naar de kraamzorg is de afgelopen tijd duidelijk beter geworden.
157	4	COO	De zorgpaden zijn er, maar worden in de praktijk verschillend gebruikt.
158	4	COO	Kraamzorg hoort vaak te laat dat een cliënte naar huis gaat.
159	4	COO	Kraamzorg hoort vaak te laat dat een cliënte naar huis gaat.
160	4	COO	Multidisciplinair zorgplan bestaat alleen op papier.
161	4	COO	Multidisciplinair zorgplan bestaat alleen op papier.
162	4	COO	Niet altijd duidelijk wie de regie heeft als een cliënte terugverwezen wordt.
163	4	COO	Protocollen worden door de tweede lijn geschreven en daarna aan ons voorgelegd.
164	4	ORG	Besluiten worden genomen, maar niet iedereen voert ze uit.
165	4	ORG	De belangen van het ziekenhuis wegen zwaarder dan die van de praktijken.
166	4	ORG	Er is een jaarplan, maar ik heb het nooit gezien.
167	4	ORG	Goed dat er nu een VSV-coördinator is.
168	4	ORG	Het bestuur heeft te weinig mandaat; besluiten worden in de achterban opnieuw besproken.
169	4	ORG	Het bestuur heeft te weinig mandaat; besluiten worden in de achterban opnieuw besproken.
170	4	ORG	Het is niet duidelijk wie namens de kraamzorg mag besluiten.
171	4	ORG	Het is niet duidelijk wie namens de kraamzorg mag besluiten.
172	4	ORG	Vergaderingen zijn op tijden waarop de eerste lijn lastig kan.
173	4	SUP	Casusbesprekingen zijn leerzaam en veilig.
174	4	SUP	Er is geen gezamenlijke website; cliënten zoeken informatie per praktijk.
175	4	SUP	Gezamenlijke scholing zou vaker mogen, bijvoorbeeld skills-trainingen.
176	4	SUP	Het gedeelde dossier is aangekondigd, maar nog niet ingevoerd.
177	4	SUP	Het secretariaat van het VSV draait op vrijwilligers.
178	4	SUP	Perined-cijfers worden eens per jaar gepresenteerd, maar niet echt besproken.
179	4	SUP	We werken nog steeds met verschillende systemen; gegevens worden overgetypt.
180	4	OMG	Als kraamzorg weten wij weinig van de financiering van het VSV.
181	4	OMG	Geen idee hoe de afspraken met de zorgverzekeraar lopen.
182	4	OMG	Integrale bekostiging is besproken, maar er is geen besluit genomen.
183	4	OMG	Landelijke ontwikkelingen horen we vooral via de beroepsvereniging.
184	4	REF	Afspraken worden niet door iedereen nagekomen.
185	4	REF	De cultuurverschillen tussen eerste en tweede lijn zijn nog goed te merken.
186	4	REF	Een gedeelde visie is er, maar die leeft niet bij iedereen.
187	4	REF	Er is een trekker nodig die de samenwerking vooruit helpt.
188	4	REF	Er is een trekker nodig die de samenwerking vooruit helpt.
189	4	REF	Er is veel onderling vertrouwen, dat is onze kracht.
190	4	REF	Er is veel onderling vertrouwen, dat is onze kracht.
191	4	REF	Respect voor elkaars vak is de laatste jaren gegroeid.
192	4	REF	We kennen elkaar goed, ook buiten het werk om.
193	4	REF	We kennen elkaar goed, ook buiten het werk om.
194	4	REF	We kennen elkaar goed, ook buiten het werk om.
195	5	CLI	Cliënten krijgen soms tegenstrijdige adviezen van verloskundige en gynaecoloog.
196	5	CLI	Gedeelde besluitvorming gaat goed bij de baring, minder bij de controles.
197	5	CLI	Meer aandacht nodig voor zwangeren die de taal niet goed spreken.
198	5	COO	Bij spoed werken we goed samen, bij de gewone zorg minder.
199	5	ORG	Besluiten worden genomen, maar niet iedereen voert ze uit.
200	5	SUP	Er is geen gezamenlijke website; cliënten zoeken informatie per praktijk.
201	5	SUP	Gezamenlijke scholing zou vaker mogen, bijvoorbeeld skills-trainingen.
202	5	SUP	Het gedeelde dossier is aangekondigd, maar nog niet ingevoerd.
203	5	SUP	Perined-cijfers worden eens per jaar gepresenteerd, maar niet echt besproken.
204	5	SUP	We werken nog steeds met verschillende systemen; gegevens worden overgetypt.
205	5	OMG	Samenwerking met de gemeente rond kwetsbare zwangeren komt net op gang.
206	5	REF	De cultuurverschillen tussen eerste en tweede lijn zijn nog goed te merken.
207	5	REF	Er is een trekker nodig die de samenwerking vooruit helpt.
208	5	REF	Er is veel onderling vertrouwen, dat is onze kracht.
209	5	REF	Respect voor elkaars vak is de laatste jaren gegroeid.
210	6	CLI	De wensen van de cliënte staan bij ons echt voorop; dat mag gezegd worden.
211	6	CLI	Gedeelde besluitvorming gaat goed bij de baring, minder bij de controles.
212	6	CLI	Voorlichting over pijnbestrijding verschilt per praktijk.
213	6	CLI	We vragen wel naar ervaringen van cliënten, maar doen er weinig mee.
214	6	COO	Bij overdracht in de nacht gaat er nog informatie verloren.
215	6	COO	Bij spoed werken we goed samen, bij de gewone zorg minder.
216	6	COO	De zorgpaden zijn er, maar worden in de praktijk verschillend gebruikt.
217	6	COO	Kraamzorg hoort vaak te laat dat een cliënte naar huis gaat.
218	6	COO	Multidisciplinair zorgplan bestaat alleen op papier.
219	6	COO	Niet altijd duidelijk wie de regie heeft als een cliënte terugverwezen wordt.
220	6	COO	Protocollen worden door de tweede lijn geschreven en daarna aan ons voorgelegd.
221	6	ORG	Er is een jaarplan, maar ik heb het nooit gezien.
222	6	ORG	Goed dat er nu een VSV-coördinator is.
223	6	ORG	Het bestuur heeft te weinig mandaat; besluiten worden in de achterban opnieuw besproken.
224	6	SUP	De perinatale audit is waardevol, maar de opkomst van de eerste lijn is laag.
225	6	OMG	Geen idee hoe de afspraken met de zorgverzekeraar lopen.
226	6	OMG	Landelijke ontwikkelingen horen we vooral via de beroepsvereniging.
227	6	REF	Een gedeelde visie is er, maar die leeft niet bij iedereen.
228	6	REF	Er is een trekker nodig die de samenwerking vooruit helpt.
229	6	REF	Er is veel onderling vertrouwen, dat is onze kracht.
230	6	REF	We kennen elkaar goed, ook buiten het werk om.
231	7	SUP	Geen gedeeld dossier.
232	7	COO	Overdracht 's nachts loopt stroef.
233	7	CLI	Cliëntenraad vaker betrekken.
\.


--
-- Data for Name: respondents; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.respondents (id, session_id, number, profession, echelon) FROM stdin;
1	1	1	VK	eerste_lijn
2	1	2	VK	eerste_lijn
3	1	3	HA	eerste_lijn
4	1	4	GYN	tweede_lijn
5	1	5	OGV	tweede_lijn
6	1	6	VK	eerste_lijn
7	1	7	OGV	tweede_lijn
8	1	8	VK	eerste_lijn
9	1	9	KZ	kraamzorg
10	1	10	HA	eerste_lijn
11	1	11	KA	tweede_lijn
12	1	12	MGT	overig
13	1	13	KV	tweede_lijn
14	1	14	VK	eerste_lijn
15	1	15	KV	tweede_lijn
16	1	16	VK	eerste_lijn
17	1	17	KZ	kraamzorg
18	1	18	VK	eerste_lijn
19	1	19	KV	tweede_lijn
20	1	20	KZ	kraamzorg
21	1	21	OGV	tweede_lijn
22	1	22	VK	eerste_lijn
23	1	23	GYN	tweede_lijn
24	1	24	KZ	kraamzorg
25	1	25	KZ	kraamzorg
26	1	26	VK	eerste_lijn
27	1	27	VK	eerste_lijn
28	1	28	GYN	tweede_lijn
29	1	29	KZ	kraamzorg
30	1	30	KV	tweede_lijn
31	1	31	GYN	tweede_lijn
32	1	32	VK	eerste_lijn
33	1	33	KZ	kraamzorg
34	1	34	VK	eerste_lijn
35	1	35	VK	eerste_lijn
36	1	36	OGV	tweede_lijn
37	1	37	OGV	tweede_lijn
38	1	38	KV	tweede_lijn
39	1	39	GYN	tweede_lijn
40	1	40	GYN	tweede_lijn
41	1	41	OGV	tweede_lijn
42	1	42	KA	tweede_lijn
43	2	1	VK	eerste_lijn
44	2	2	KV	tweede_lijn
45	2	3	OGV	tweede_lijn
46	2	4	VK	eerste_lijn
47	2	5	OGV	tweede_lijn
48	2	6	OGV	tweede_lijn
49	2	7	KV	tweede_lijn
50	2	8	VK	eerste_lijn
51	2	9	VK	eerste_lijn
52	2	10	KV	tweede_lijn
53	2	11	KZ	kraamzorg
54	2	12	OGV	tweede_lijn
55	2	13	VK	eerste_lijn
56	2	14	VK	eerste_lijn
57	2	15	GYN	tweede_lijn
58	2	16	VK	eerste_lijn
59	2	17	OGV	tweede_lijn
60	2	18	KA	tweede_lijn
61	2	19	KA	tweede_lijn
62	2	20	VK	eerste_lijn
63	2	21	KZ	kraamzorg
64	2	22	VK	eerste_lijn
65	2	23	VK	eerste_lijn
66	2	24	MGT	overig
67	2	25	KZ	kraamzorg
68	2	26	HA	eerste_lijn
69	2	27	KZ	kraamzorg
70	2	28	KV	tweede_lijn
71	2	29	OGV	tweede_lijn
72	2	30	VK	eerste_lijn
73	2	31	GYN	tweede_lijn
74	2	32	KV	tweede_lijn
75	2	33	VK	eerste_lijn
76	2	34	KZ	kraamzorg
77	2	35	GYN	tweede_lijn
78	2	36	GYN	tweede_lijn
79	2	37	KZ	kraamzorg
80	2	38	KV	tweede_lijn
81	2	39	KZ	kraamzorg
82	2	40	VK	eerste_lijn
83	2	41	VK	eerste_lijn
84	2	42	GYN	tweede_lijn
85	2	43	ZV	overig
86	2	44	GYN	tweede_lijn
87	2	45	VK	eerste_lijn
88	2	46	KZ	kraamzorg
89	2	47	GYN	tweede_lijn
90	3	1	GYN	tweede_lijn
91	3	2	VK	eerste_lijn
92	3	3	OGV	tweede_lijn
93	3	4	KZ	kraamzorg
94	3	5	OGV	tweede_lijn
95	3	6	VK	eerste_lijn
96	3	7	OGV	tweede_lijn
97	3	8	VK	eerste_lijn
98	3	9	GYN	tweede_lijn
99	3	10	VK	eerste_lijn
100	3	11	KV	tweede_lijn
101	3	12	GYN	tweede_lijn
102	3	13	VK	eerste_lijn
103	3	14	VK	eerste_lijn
104	3	15	VK	eerste_lijn
105	3	16	GYN	tweede_lijn
106	3	17	KZ	kraamzorg
107	3	18	KV	tweede_lijn
108	3	19	KZ	kraamzorg
109	3	20	VK	eerste_lijn
110	3	21	KZ	kraamzorg
111	3	22	VK	eerste_lijn
112	3	23	VK	eerste_lijn
113	3	24	KZ	kraamzorg
114	3	25	OGV	tweede_lijn
115	3	26	KZ	kraamzorg
116	3	27	KV	tweede_lijn
117	3	28	GYN	tweede_lijn
118	3	29	KV	tweede_lijn
119	3	30	VK	eerste_lijn
120	3	31	GYN	tweede_lijn
121	3	32	OGV	tweede_lijn
122	3	33	OGV	tweede_lijn
123	3	34	OGV	tweede_lijn
124	3	35	KZ	kraamzorg
125	3	36	GYN	tweede_lijn
126	3	37	VK	eerste_lijn
127	3	38	KA	tweede_lijn
128	3	39	GYN	tweede_lijn
129	3	40	MGT	overig
130	3	41	KV	tweede_lijn
131	3	42	KA	tweede_lijn
132	3	43	KA	tweede_lijn
133	3	44	KV	tweede_lijn
134	3	45	VK	eerste_lijn
135	3	46	VK	eerste_lijn
136	3	47	VK	eerste_lijn
137	3	48	KZ	kraamzorg
138	3	49	OGV	tweede_lijn
139	3	50	OGV	tweede_lijn
140	3	51	VK	eerste_lijn
141	3	52	ECHO	eerste_lijn
142	3	53	KZ	kraamzorg
143	3	54	VK	eerste_lijn
144	3	55	VK	eerste_lijn
145	3	56	KZ	kraamzorg
146	3	57	OGV	tweede_lijn
147	3	58	VK	eerste_lijn
148	3	59	GYN	tweede_lijn
149	3	60	HA	eerste_lijn
150	3	61	VK	eerste_lijn
151	3	62	KV	tweede_lijn
152	3	63	KV	tweede_lijn
153	3	64	VK	eerste_lijn
154	3	65	HA	eerste_lijn
155	3	66	VK	eerste_lijn
156	4	1	VK	eerste_lijn
157	4	2	KZ	kraamzorg
158	4	3	VK	eerste_lijn
159	4	4	OGV	tweede_lijn
160	4	5	OGV	tweede_lijn
161	4	6	KA	tweede_lijn
162	4	7	GYN	tweede_lijn
163	4	8	KZ	kraamzorg
164	4	9	KV	tweede_lijn
165	4	10	VK	eerste_lijn
166	4	11	KV	tweede_lijn
167	4	12	OGV	tweede_lijn
168	4	13	VK	eerste_lijn
169	4	14	OGV	tweede_lijn
170	4	15	VK	eerste_lijn
171	4	16	OGV	tweede_lijn
172	4	17	VK	eerste_lijn
173	4	18	GYN	tweede_lijn
174	4	19	KZ	kraamzorg
175	4	20	KZ	kraamzorg
176	4	21	KZ	kraamzorg
177	4	22	KA	tweede_lijn
178	4	23	VK	eerste_lijn
179	4	24	VK	eerste_lijn
180	4	25	GYN	tweede_lijn
181	4	26	HA	eerste_lijn
182	4	27	VK	eerste_lijn
183	4	28	VK	eerste_lijn
184	4	29	GYN	tweede_lijn
185	4	30	VK	eerste_lijn
186	4	31	GYN	tweede_lijn
187	4	32	MGT	overig
188	4	33	VK	eerste_lijn
189	4	34	GYN	tweede_lijn
190	4	35	KV	tweede_lijn
191	4	36	VK	eerste_lijn
192	4	37	KZ	kraamzorg
193	4	38	ECHO	eerste_lijn
194	4	39	VK	eerste_lijn
195	4	40	VK	eerste_lijn
196	4	41	KA	tweede_lijn
197	4	42	GYN	tweede_lijn
198	4	43	KZ	kraamzorg
199	4	44	OGV	tweede_lijn
200	4	45	OGV	tweede_lijn
201	4	46	VK	eerste_lijn
202	4	47	OGV	tweede_lijn
203	4	48	VK	eerste_lijn
204	4	49	OGV	tweede_lijn
205	4	50	KV	tweede_lijn
206	4	51	VK	eerste_lijn
207	4	52	KZ	kraamzorg
208	4	53	KV	tweede_lijn
209	4	54	GYN	tweede_lijn
210	4	55	VK	eerste_lijn
211	4	56	KV	tweede_lijn
212	4	57	KZ	kraamzorg
213	4	58	KV	tweede_lijn
214	5	1	VK	eerste_lijn
215	5	2	VK	eerste_lijn
216	5	3	VK	eerste_lijn
217	5	4	GYN	tweede_lijn
218	5	5	KZ	kraamzorg
219	5	6	KZ	kraamzorg
220	5	7	KV	tweede_lijn
221	5	8	VK	eerste_lijn
222	5	9	GYN	tweede_lijn
223	5	10	KA	tweede_lijn
224	5	11	KV	tweede_lijn
225	5	12	VK	eerste_lijn
226	5	13	GYN	tweede_lijn
227	5	14	KZ	kraamzorg
228	5	15	HA	eerste_lijn
229	5	16	KA	tweede_lijn
230	5	17	VK	eerste_lijn
231	6	1	VK	eerste_lijn
232	6	2	VK	eerste_lijn
233	6	3	OGV	tweede_lijn
234	6	4	HA	eerste_lijn
235	6	5	OGV	tweede_lijn
236	6	6	KV	tweede_lijn
237	6	7	KZ	kraamzorg
238	6	8	KV	tweede_lijn
239	6	9	VK	eerste_lijn
240	6	10	VK	eerste_lijn
241	6	11	OGV	tweede_lijn
242	6	12	VK	eerste_lijn
243	6	13	KZ	kraamzorg
244	6	14	KA	tweede_lijn
245	6	15	KZ	kraamzorg
246	6	16	CLI	overig
247	6	17	VK	eerste_lijn
248	6	18	OGV	tweede_lijn
249	6	19	KZ	kraamzorg
250	6	20	VK	eerste_lijn
251	6	21	VK	eerste_lijn
252	6	22	KV	tweede_lijn
253	6	23	GYN	tweede_lijn
254	6	24	KV	tweede_lijn
255	6	25	VK	eerste_lijn
256	6	26	GYN	tweede_lijn
257	6	27	GYN	tweede_lijn
258	6	28	KZ	kraamzorg
259	6	29	GYN	tweede_lijn
260	6	30	ZV	overig
261	6	31	VK	eerste_lijn
262	7	1	VK	eerste_lijn
263	7	2	VK	eerste_lijn
264	7	3	GYN	tweede_lijn
265	7	4	KZ	kraamzorg
266	7	5	HA	eerste_lijn
267	7	6	MGT	overig
\.


--
-- Data for Name: rooms; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.rooms (session_id, step, revealed, black, presenting, revision, html, agenda, used) FROM stdin;
1	domain:COO	["domain:CLI", "domain:COO", "overview"]	f	t	2	<section><h1>Coördinatie</h1></section>	{"welcome": 10, "overview": 20, "domains": 60, "plan": 30}	{"welcome": 540.0, "overview": 1260.5, "domains": 300.0}
\.


--
-- Data for Name: schema_version; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.schema_version (version, applied_at) FROM stdin;
1	2026-12-02 04:58:02.78568+00
2	2026-12-02 04:58:02.789191+00
3	2026-12-02 04:58:02.791538+00
4	2026-12-02 04:58:02.794163+00
5	2026-12-02 04:58:02.79574+00
6	2026-12-02 04:58:02.798928+00
\.


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.sessions (id, vsv, date, wave, instrument_name, instrument_version, instrument_checksum, domain_codes, min_group_size, source_name, source_checksum, created_at) FROM stdin;
1	VSV Voorbeeldstad	2025-03-12	baseline	integratiemeter	2026.2	df37a1ea0a8bf687	CLI,COO,ORG,SUP,OMG,REF	\N	voorbeeldstad_2025-03-12_baseline.csv	b9e49f1f6071b8576cc0726fb3a475733b722eaacd092435b2b8edd426871457	2026-12-02 04:58:02.816484+00
2	VSV Voorbeeldstad	2026-10-07	follow-up	integratiemeter	2026.2	df37a1ea0a8bf687	CLI,COO,ORG,SUP,OMG,REF	\N	voorbeeldstad_2026-10-07_follow-up.csv	a5cbe4c289d3939f435f0e7c0c46501edaeb51350e08d2aaf37055cb0c8c2bb7	2026-12-02 04:58:02.84083+00
3	VSV Denkbeeldig Delta	2024-11-19	baseline	integratiemeter	2026.2	df37a1ea0a8bf687	CLI,COO,ORG,SUP,OMG,REF	\N	denkbeeldig_delta_2024-11-19_baseline.xlsx	700aa281048027e4e5947279f8b3c8710b6ae34e0222ec31bea0179501f5734e	2026-12-02 04:58:02.862783+00
4	VSV Denkbeeldig Delta	2026-05-20	follow-up	integratiemeter	2026.2	df37a1ea0a8bf687	CLI,COO,ORG,SUP,OMG,REF	\N	denkbeeldig_delta_2026-05-20_follow-up.xlsx	426e5f2291bebc5def4fade84053a57ceedc935e43956bedecb27356c8fcb110	2026-12-02 04:58:02.889046+00
5	VSV Fictiefwaard	2025-06-04	baseline	integratiemeter	2026.2	df37a1ea0a8bf687	CLI,COO,ORG,SUP,OMG,REF	\N	fictiefwaard_2025-06-04_baseline.csv	966bafadcd4e0618eb4e879ac02327d9d859bb56c5cd855780a35155799f02d6	2026-12-02 04:58:02.910568+00
6	VSV Proefpolder	2025-09-23	baseline	integratiemeter	2026.2	df37a1ea0a8bf687	CLI,COO,ORG,SUP,OMG,REF	\N	proefpolder_2025-09-23_baseline.csv	d6a1f84f3afc48f9a276d6f81dfded2dc20635494a49f996eb167df967f32187	2026-12-02 04:58:02.924776+00
7	VSV Proefpolder	2026-10-07	baseline	integratiemeter	2026.3	c10d3c90e5a5152d	CLI,COO,ORG,SUP,OMG,REF	\N	\N	\N	2026-12-02 04:58:03.024975+00
\.


--
-- Data for Name: surveys; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.surveys (session_id, token, opened_on, closes_on, closed_on, invited, invited_by_profession, uses_codes) FROM stdin;
7	gjtp2FnfI2N2LHqeIDhKVw	2026-10-07	2026-10-21	2026-10-17	14	{"VK": 5, "GYN": 3, "KZ": 3, "HA": 2, "MGT": 1}	t
\.


--
-- Name: actions_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.actions_id_seq', 6, true);


--
-- Name: poll_rounds_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.poll_rounds_id_seq', 4, true);


--
-- Name: remarks_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.remarks_id_seq', 233, true);


--
-- Name: respondents_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.respondents_id_seq', 267, true);


--
-- Name: sessions_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.sessions_id_seq', 7, true);


--
-- Name: actions actions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.actions
    ADD CONSTRAINT actions_pkey PRIMARY KEY (id);


--
-- Name: answers answers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.answers
    ADD CONSTRAINT answers_pkey PRIMARY KEY (respondent_id, item);


--
-- Name: domain_notes domain_notes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.domain_notes
    ADD CONSTRAINT domain_notes_pkey PRIMARY KEY (session_id, domain);


--
-- Name: instruments instruments_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.instruments
    ADD CONSTRAINT instruments_pkey PRIMARY KEY (checksum);


--
-- Name: invitation_codes invitation_codes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.invitation_codes
    ADD CONSTRAINT invitation_codes_pkey PRIMARY KEY (digest);


--
-- Name: poll_rounds poll_rounds_code_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.poll_rounds
    ADD CONSTRAINT poll_rounds_code_key UNIQUE (code);


--
-- Name: poll_rounds poll_rounds_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.poll_rounds
    ADD CONSTRAINT poll_rounds_pkey PRIMARY KEY (id);


--
-- Name: poll_votes poll_votes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.poll_votes
    ADD CONSTRAINT poll_votes_pkey PRIMARY KEY (round_id, voter);


--
-- Name: remarks remarks_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.remarks
    ADD CONSTRAINT remarks_pkey PRIMARY KEY (id);


--
-- Name: respondents respondents_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.respondents
    ADD CONSTRAINT respondents_pkey PRIMARY KEY (id);


--
-- Name: rooms rooms_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rooms
    ADD CONSTRAINT rooms_pkey PRIMARY KEY (session_id);


--
-- Name: schema_version schema_version_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.schema_version
    ADD CONSTRAINT schema_version_pkey PRIMARY KEY (version);


--
-- Name: sessions sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_pkey PRIMARY KEY (id);


--
-- Name: surveys surveys_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.surveys
    ADD CONSTRAINT surveys_pkey PRIMARY KEY (session_id);


--
-- Name: surveys surveys_token_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.surveys
    ADD CONSTRAINT surveys_token_key UNIQUE (token);


--
-- Name: respondents uq_respondents_session_number; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.respondents
    ADD CONSTRAINT uq_respondents_session_number UNIQUE (session_id, number);


--
-- Name: sessions uq_sessions_source_checksum; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT uq_sessions_source_checksum UNIQUE (source_checksum);


--
-- Name: ix_actions_session_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_actions_session_id ON public.actions USING btree (session_id);


--
-- Name: ix_invitation_codes_session_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_invitation_codes_session_id ON public.invitation_codes USING btree (session_id);


--
-- Name: ix_poll_rounds_session_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_poll_rounds_session_id ON public.poll_rounds USING btree (session_id);


--
-- Name: ix_remarks_session_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_remarks_session_id ON public.remarks USING btree (session_id);


--
-- Name: ix_sessions_vsv_date; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_sessions_vsv_date ON public.sessions USING btree (vsv, date);


--
-- Name: actions actions_session_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.actions
    ADD CONSTRAINT actions_session_id_fkey FOREIGN KEY (session_id) REFERENCES public.sessions(id) ON DELETE CASCADE;


--
-- Name: answers answers_respondent_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.answers
    ADD CONSTRAINT answers_respondent_id_fkey FOREIGN KEY (respondent_id) REFERENCES public.respondents(id) ON DELETE CASCADE;


--
-- Name: domain_notes domain_notes_session_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.domain_notes
    ADD CONSTRAINT domain_notes_session_id_fkey FOREIGN KEY (session_id) REFERENCES public.sessions(id) ON DELETE CASCADE;


--
-- Name: invitation_codes invitation_codes_session_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.invitation_codes
    ADD CONSTRAINT invitation_codes_session_id_fkey FOREIGN KEY (session_id) REFERENCES public.sessions(id) ON DELETE CASCADE;


--
-- Name: poll_rounds poll_rounds_session_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.poll_rounds
    ADD CONSTRAINT poll_rounds_session_id_fkey FOREIGN KEY (session_id) REFERENCES public.sessions(id) ON DELETE CASCADE;


--
-- Name: poll_votes poll_votes_round_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.poll_votes
    ADD CONSTRAINT poll_votes_round_id_fkey FOREIGN KEY (round_id) REFERENCES public.poll_rounds(id) ON DELETE CASCADE;


--
-- Name: remarks remarks_session_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.remarks
    ADD CONSTRAINT remarks_session_id_fkey FOREIGN KEY (session_id) REFERENCES public.sessions(id) ON DELETE CASCADE;


--
-- Name: respondents respondents_session_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.respondents
    ADD CONSTRAINT respondents_session_id_fkey FOREIGN KEY (session_id) REFERENCES public.sessions(id) ON DELETE CASCADE;


--
-- Name: rooms rooms_session_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rooms
    ADD CONSTRAINT rooms_session_id_fkey FOREIGN KEY (session_id) REFERENCES public.sessions(id) ON DELETE CASCADE;


--
-- Name: surveys surveys_session_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.surveys
    ADD CONSTRAINT surveys_session_id_fkey FOREIGN KEY (session_id) REFERENCES public.sessions(id) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--

\unrestrict hhvORDdINxALp1UCAITCbBPEaUDdYmQsvVVuCv7oT5oesPdTHf7Z8257LK48yfe

