//! The twelve trade sectors, with the words their offers, occupations
//! and competences are named with.

/// A trade sector.
pub struct Sector {
    pub id: &'static str,
    /// How many offers, out of 102, belong to it.
    pub weight: u32,
    /// The ROME family letter of its occupations.
    pub rome: char,
    /// Course names in French, Dutch and Portuguese.
    pub titles: [[&'static str; 3]; 3],
    pub occupations: [&'static str; 4],
    pub skills: [&'static str; 5],
}

// One sector per block: a table reads better than rustfmt's one string per line.
#[rustfmt::skip]
pub const SECTORS: [Sector; 12] = [
    Sector {
        id: "construction", weight: 12, rome: 'F',
        titles: [
            ["Maçon", "Électricien du bâtiment", "Conducteur de travaux"],
            ["Metselaar", "Elektricien residentieel", "Werfleider"],
            ["Pedreiro", "Eletricista de instalações", "Técnico de obra"],
        ],
        occupations: ["Maçon / Maçonne", "Électricien / Électricienne du bâtiment", "Chef de chantier", "Conducteur / Conductrice de travaux"],
        skills: ["Lire un plan de bâtiment", "Monter un mur en maçonnerie", "Poser une installation électrique", "Organiser un chantier", "Prévenir les risques sur chantier"],
    },
    Sector {
        id: "logistics", weight: 10, rome: 'N',
        titles: [
            ["Agent magasinier", "Cariste d'entrepôt", "Technicien en logistique d'entreposage"],
            ["Magazijnmedewerker", "Heftruckchauffeur", "Logistiek medewerker"],
            ["Operador de armazém", "Operador de empilhador", "Técnico de logística"],
        ],
        occupations: ["Magasinier / Magasinière", "Cariste", "Préparateur / Préparatrice de commandes", "Responsable d'entrepôt"],
        skills: ["Conduire un chariot élévateur", "Préparer des commandes", "Gérer les stocks", "Organiser un quai de chargement", "Utiliser un logiciel de gestion d'entrepôt"],
    },
    Sector {
        id: "industrial_maintenance", weight: 9, rome: 'I',
        titles: [
            ["Technicien de maintenance industrielle", "Électromécanicien", "Technicien en automatismes"],
            ["Onderhoudstechnicus", "Elektromecanicien", "Technicus industriële automatisering"],
            ["Técnico de manutenção industrial", "Eletromecânico", "Técnico de automação"],
        ],
        occupations: ["Technicien / Technicienne de maintenance", "Électromécanicien / Électromécanicienne", "Automaticien / Automaticienne", "Responsable maintenance"],
        skills: ["Diagnostiquer une panne", "Entretenir un équipement industriel", "Lire un schéma électrique", "Programmer un automate", "Planifier la maintenance préventive"],
    },
    Sector {
        id: "metal", weight: 7, rome: 'H',
        titles: [
            ["Soudeur assembleur industriel", "Chaudronnier", "Tourneur-fraiseur"],
            ["Lasser", "Plaatwerker", "CNC-operator"],
            ["Soldador", "Serralheiro", "Operador CNC"],
        ],
        occupations: ["Soudeur / Soudeuse", "Chaudronnier / Chaudronnière", "Usineur / Usineuse", "Technicien / Technicienne en métallurgie"],
        skills: ["Souder en MIG/MAG", "Souder à l'arc", "Tracer et découper des tôles", "Régler une machine-outil", "Contrôler une pièce usinée"],
    },
    Sector {
        id: "agri_food", weight: 7, rome: 'H',
        titles: [
            ["Opérateur de production alimentaire", "Boulanger", "Conducteur de ligne agroalimentaire"],
            ["Productiemedewerker voeding", "Bakker", "Lijnoperator voedingsindustrie"],
            ["Operador de produção alimentar", "Padeiro", "Técnico de indústria alimentar"],
        ],
        occupations: ["Conducteur / Conductrice de ligne", "Boulanger / Boulangère", "Boucher / Bouchère", "Technicien / Technicienne qualité"],
        skills: ["Appliquer les règles HACCP", "Conduire une ligne de production", "Fabriquer du pain", "Contrôler la qualité d'un produit", "Conditionner des produits"],
    },
    Sector {
        id: "care", weight: 12, rome: 'J',
        titles: [
            ["Aide-soignant", "Auxiliaire de vie", "Accompagnant éducatif et social"],
            ["Zorgkundige", "Verzorgende", "Begeleider in de zorg"],
            ["Auxiliar de saúde", "Agente em geriatria", "Técnico de apoio psicossocial"],
        ],
        occupations: ["Aide-soignant / Aide-soignante", "Auxiliaire de vie", "Accompagnant éducatif et social", "Infirmier / Infirmière"],
        skills: ["Aider une personne dans les gestes du quotidien", "Appliquer les règles d'hygiène en soins", "Observer l'état de santé d'une personne", "Communiquer avec un patient", "Travailler en équipe pluridisciplinaire"],
    },
    Sector {
        id: "hospitality", weight: 8, rome: 'G',
        titles: [
            ["Cuisinier", "Serveur en restauration", "Réceptionniste en hôtellerie"],
            ["Kok", "Kelner", "Receptionist"],
            ["Cozinheiro", "Empregado de mesa", "Rececionista de hotel"],
        ],
        occupations: ["Cuisinier / Cuisinière", "Serveur / Serveuse", "Réceptionniste", "Commis de cuisine"],
        skills: ["Préparer des plats", "Assurer le service en salle", "Accueillir une clientèle", "Gérer les réservations", "Respecter l'hygiène alimentaire"],
    },
    Sector {
        id: "digital", weight: 10, rome: 'M',
        titles: [
            ["Développeur web et web mobile", "Technicien d'assistance informatique", "Administrateur d'infrastructures sécurisées"],
            ["Webontwikkelaar", "IT-supportmedewerker", "Netwerkbeheerder"],
            ["Programador web", "Técnico de apoio informático", "Administrador de redes"],
        ],
        occupations: ["Développeur / Développeuse", "Technicien / Technicienne support", "Administrateur / Administratrice systèmes", "Analyste en cybersécurité"],
        skills: ["Développer une interface web", "Concevoir une base de données", "Installer un poste informatique", "Administrer un réseau", "Sécuriser un système d'information"],
    },
    Sector {
        id: "textile", weight: 3, rome: 'B',
        titles: [
            ["Couturier", "Opérateur en confection", "Technicien textile"],
            ["Naaister", "Confectiemedewerker", "Textieltechnicus"],
            ["Costureiro", "Operador de confeção", "Técnico têxtil"],
        ],
        occupations: ["Couturier / Couturière", "Opérateur / Opératrice en confection", "Retoucheur / Retoucheuse", "Technicien / Technicienne textile"],
        skills: ["Coudre à la machine", "Réaliser un patron", "Assembler un vêtement", "Contrôler la qualité d'un tissu", "Régler une machine textile"],
    },
    Sector {
        id: "tertiary", weight: 12, rome: 'M',
        titles: [
            ["Secrétaire assistant", "Comptable assistant", "Gestionnaire de paie"],
            ["Administratief medewerker", "Boekhouder", "Loonadministrateur"],
            ["Técnico administrativo", "Técnico de contabilidade", "Técnico de recursos humanos"],
        ],
        occupations: ["Secrétaire", "Comptable", "Gestionnaire de paie", "Assistant / Assistante de direction"],
        skills: ["Rédiger un courrier professionnel", "Tenir une comptabilité", "Établir des bulletins de paie", "Accueillir au téléphone", "Utiliser un tableur"],
    },
    Sector {
        id: "energy", weight: 5, rome: 'I',
        titles: [
            ["Installateur en thermique et sanitaire", "Technicien en énergies renouvelables", "Électricien photovoltaïque"],
            ["Installateur centrale verwarming", "Technicus hernieuwbare energie", "Installateur zonnepanelen"],
            ["Instalador de climatização", "Técnico de energias renováveis", "Instalador fotovoltaico"],
        ],
        occupations: ["Chauffagiste", "Installateur / Installatrice photovoltaïque", "Technicien / Technicienne en énergie", "Frigoriste"],
        skills: ["Installer une pompe à chaleur", "Poser des panneaux photovoltaïques", "Mesurer la performance énergétique", "Raccorder une installation sanitaire", "Mettre en service une chaudière"],
    },
    Sector {
        id: "transport", weight: 7, rome: 'N',
        titles: [
            ["Conducteur du transport routier de marchandises", "Conducteur de bus", "Technicien d'exploitation transport"],
            ["Vrachtwagenchauffeur", "Buschauffeur", "Planner transport"],
            ["Motorista de pesados", "Motorista de autocarro", "Técnico de transportes"],
        ],
        occupations: ["Conducteur / Conductrice poids lourd", "Conducteur / Conductrice de bus", "Exploitant / Exploitante transport", "Livreur / Livreuse"],
        skills: ["Conduire un poids lourd", "Arrimer un chargement", "Planifier une tournée", "Appliquer la réglementation du transport", "Entretenir un véhicule"],
    },
];
